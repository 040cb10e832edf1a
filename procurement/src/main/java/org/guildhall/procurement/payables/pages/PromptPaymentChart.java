package org.guildhall.procurement.payables.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.guildhall.procurement.payables.control.PromptPayment;

/**
 * The prompt-payment measure's shares as horizontal bars, worked out here so that the template only places them: each
 * bar's width is its percentage of {@link #TRACK} user units (one decimal), its label above it and its figure after
 * it. The drawing is 360 units wide, about what a phone's screen leaves once the page's margins are taken, so the text
 * stays readable when it is scaled down to fit.
 */
record PromptPaymentChart(List<Bar> bars, int width, int height) {

    /** The width of a bar at 100%. */
    static final BigDecimal TRACK = new BigDecimal("280");
    static final int WIDTH = 360;
    private static final int ROW = 58;
    private static final BigDecimal GAP = new BigDecimal("6");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * One bar: {@code measure} is the API's name for the figure, {@code percent} its value as the API gives it, and the
     * rest where it is drawn.
     */
    record Bar(String measure, String label, String percent, String barWidth, String trackWidth, String valueX, int labelY, int barY,
               int valueY) {
    }

    static PromptPaymentChart of(PromptPayment.Measure m) {
        List<Bar> bars = List.of(
                bar(0, "paidWithin5Days", "Paid within 5 days", m.paidWithin5Days()),
                bar(1, "paidWithin30Days", "Paid within 30 days", m.paidWithin30Days()),
                bar(2, "paidIn1To30", "Paid in 1 to 30 days", m.paidIn1To30()),
                bar(3, "paidIn31To60", "Paid in 31 to 60 days", m.paidIn31To60()),
                bar(4, "paidOver60", "Paid in over 60 days", m.paidOver60()),
                bar(5, "dueButUnpaid", "Due in the period but not paid in it", m.dueButUnpaid()));
        return new PromptPaymentChart(bars, WIDTH, bars.size() * ROW + 4);
    }

    private static Bar bar(int row, String measure, String label, String percent) {
        BigDecimal share = new BigDecimal(percent).max(BigDecimal.ZERO).min(HUNDRED);
        BigDecimal width = share.multiply(TRACK).divide(HUNDRED, 1, RoundingMode.HALF_UP);
        int top = row * ROW;
        return new Bar(measure, label, percent, width.toPlainString(), TRACK.toPlainString(), width.add(GAP).toPlainString(), top + 18,
                top + 26, top + 42);
    }
}

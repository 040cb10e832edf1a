package org.guildhall.procurement.payables.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.payables.control.PromptPayment;
import org.junit.jupiter.api.Test;

/** The chart's bars: one per share, in the measure's order, each as wide as its share of the 280-unit track. */
class PromptPaymentChartTest {

    @Test
    void eachShareIsABarOfItsPercentageOfTheTrack() {
        PromptPayment.Measure m = new PromptPayment.Measure(8, "12.5", "87.5", "19.3", "87.5", "0.0", "12.5", "33.3", Money.parse("40.17"));
        PromptPaymentChart chart = PromptPaymentChart.of(m);
        assertEquals(List.of("paidWithin5Days", "paidWithin30Days", "paidIn1To30", "paidIn31To60", "paidOver60", "dueButUnpaid"),
                chart.bars().stream().map(PromptPaymentChart.Bar::measure).toList());
        // 280 x 12.5% = 35.0; 280 x 87.5% = 245.0; 280 x 33.3% = 93.24, to one decimal 93.2
        assertEquals(List.of("35.0", "245.0", "245.0", "0.0", "35.0", "93.2"), chart.bars().stream().map(PromptPaymentChart.Bar::barWidth).toList());
        assertEquals(List.of("12.5", "87.5", "87.5", "0.0", "12.5", "33.3"), chart.bars().stream().map(PromptPaymentChart.Bar::percent).toList());
        assertEquals("280", chart.bars().get(0).trackWidth());
        assertEquals("251.0", chart.bars().get(1).valueX(), "the figure just after its bar");
    }

    @Test
    void theRowsDoNotOverlapAndTheDrawingHoldsThemAll() {
        PromptPaymentChart chart = PromptPaymentChart.of(new PromptPayment.Measure(1, "100.0", "100.0", "2.0", "100.0", "0.0", "0.0", "0.0",
                Money.ZERO));
        for (int i = 1; i < chart.bars().size(); i++) {
            assertTrue(chart.bars().get(i).labelY() - 16 > chart.bars().get(i - 1).barY() + 22, "row " + i + " starts below the bar above");
        }
        PromptPaymentChart.Bar last = chart.bars().get(chart.bars().size() - 1);
        assertTrue(last.barY() + 22 <= chart.height());
        // "100.0%" is about 50 units wide at 16: 286 + 50 stays inside the 360-unit drawing
        assertEquals("286.0", chart.bars().get(0).valueX());
    }
}

package org.guildhall.procurement.payables.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;

/**
 * The government's prompt-payment measure for a period, worked out from each invoice's received, due and paid dates
 * (pure, so it is checked by hand). Days to pay are calendar days from the day an invoice was received: the clock starts
 * the day after. Of the invoices paid in the period: the shares paid within 5 and within 30 days, the average days, and
 * the shares paid in 1-30, 31-60 and over 60 days (regulation 38(2)(c) of the Procurement Regulations 2024); of those
 * that became payable in the period, the share not paid within it (regulation 38(2)(d));
 * and the late-payment interest owed under the Late Payment of Commercial Debts (Interest) Act 1998: Bank of England
 * base rate (as on the reference date, 31 December or 30 June before the debt fell due) plus 8% a year, simple, for each
 * day late, plus fixed compensation of 40.00, 70.00 or 100.00 by the size of the debt.
 */
public final class PromptPayment {

    static final BigDecimal STATUTORY_MARGIN = new BigDecimal("8");

    /** One valid, undisputed invoice: its total, when received and due, and when paid (null while unpaid). */
    public record Invoice(Money total, LocalDate received, LocalDate due, LocalDate paid) {
    }

    /** The measure; shares are percentages with one decimal, such as "87.5". */
    public record Measure(int invoices, String paidWithin5Days, String paidWithin30Days, String averageDaysToPay, String paidIn1To30,
                          String paidIn31To60, String paidOver60, String dueButUnpaid, Money lateInterestOwed) {
    }

    private final Map<LocalDate, BigDecimal> baseRates;

    public PromptPayment(Map<LocalDate, BigDecimal> baseRates) {
        this.baseRates = new TreeMap<>(baseRates);
    }

    /** With the base rates this product ships, {@code payables/late-payment-base-rates.json}. */
    public static PromptPayment withPublishedRates() {
        try (InputStream in = PromptPayment.class.getResourceAsStream("/payables/late-payment-base-rates.json");
             var reader = Json.createReader(in)) {
            Map<LocalDate, BigDecimal> rates = new TreeMap<>();
            reader.readObject().getJsonObject("rates").forEach((day, rate) -> rates.put(LocalDate.parse(day),
                    new BigDecimal(((jakarta.json.JsonString) rate).getString())));
            return new PromptPayment(rates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measure for {@code from} to {@code to}, both included, over {@code invoices} (paid or not). */
    public Measure of(LocalDate from, LocalDate to, List<Invoice> invoices) {
        int paid = 0;
        int within5 = 0;
        int within30 = 0;
        int within60 = 0;
        long days = 0;
        int payable = 0;
        int unpaid = 0;
        Money interest = Money.ZERO;
        for (Invoice invoice : invoices) {
            boolean paidInPeriod = invoice.paid() != null && !invoice.paid().isBefore(from) && !invoice.paid().isAfter(to);
            boolean dueUnpaid = !invoice.due().isAfter(to) && (invoice.paid() == null || invoice.paid().isAfter(to));
            if (!invoice.due().isBefore(from) && !invoice.due().isAfter(to)) {
                payable++;
                unpaid += invoice.paid() == null || invoice.paid().isAfter(to) ? 1 : 0;
            }
            if (paidInPeriod) {
                paid++;
                long took = ChronoUnit.DAYS.between(invoice.received(), invoice.paid());
                days += took;
                within5 += took <= 5 ? 1 : 0;
                within30 += took <= 30 ? 1 : 0;
                within60 += took <= 60 ? 1 : 0;
                interest = interest.plus(lateInterest(invoice, invoice.paid()));
            } else if (dueUnpaid) {
                interest = interest.plus(lateInterest(invoice, to));
            }
        }
        return new Measure(paid, share(within5, paid), share(within30, paid),
                paid == 0 ? "0.0" : new BigDecimal(days).divide(new BigDecimal(paid), 1, RoundingMode.HALF_UP).toPlainString(),
                share(within30, paid), share(within60 - within30, paid), share(paid - within60, paid), share(unpaid, payable), interest);
    }

    /** The interest and compensation owed on {@code invoice} if it is settled (or counted) on {@code settled}; zero when on time. */
    Money lateInterest(Invoice invoice, LocalDate settled) {
        long late = ChronoUnit.DAYS.between(invoice.due(), settled);
        if (late <= 0) {
            return Money.ZERO;
        }
        LocalDate reference = invoice.due().getMonthValue() <= 6 ? LocalDate.of(invoice.due().getYear() - 1, 12, 31)
                : LocalDate.of(invoice.due().getYear(), 6, 30);
        BigDecimal base = baseRates.get(reference);
        if (base == null) {
            throw new RuleRefused("The Bank of England base rate on " + reference + " is not in the product's data "
                    + "(payables/late-payment-base-rates.json), so late-payment interest on an invoice due " + invoice.due()
                    + " cannot be worked out. Add the rate.");
        }
        BigDecimal yearly = base.add(STATUTORY_MARGIN).movePointLeft(2);
        BigDecimal owed = invoice.total().amount().multiply(yearly).multiply(new BigDecimal(late)).divide(new BigDecimal(365), 2, RoundingMode.HALF_UP);
        BigDecimal debt = invoice.total().amount();
        Money compensation = Money.parse(debt.compareTo(new BigDecimal("1000")) < 0 ? "40.00"
                : debt.compareTo(new BigDecimal("10000")) < 0 ? "70.00" : "100.00");
        return Money.of(owed).plus(compensation);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "0.0" : new BigDecimal(part).movePointRight(2).divide(new BigDecimal(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }
}

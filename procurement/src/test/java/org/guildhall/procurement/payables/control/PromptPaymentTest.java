package org.guildhall.procurement.payables.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Twenty invoices worked by hand for July to September 2025. Debts due July to December 2025 take the base rate of
 * 30 June 2025 (4.25%, so 12.25% a year); one due in May 2025 takes 31 December 2024's (4.75%, so 12.75%).
 */
class PromptPaymentTest {

    private static PromptPayment.Invoice invoice(String total, String received, String due, String paid) {
        return new PromptPayment.Invoice(Money.parse(total), LocalDate.parse(received), LocalDate.parse(due), paid == null ? null : LocalDate.parse(paid));
    }

    static final List<PromptPayment.Invoice> TWENTY = List.of(
            invoice("100.00", "2025-07-01", "2025-07-31", "2025-07-03"),   // 2 days
            invoice("200.00", "2025-07-01", "2025-07-31", "2025-07-06"),   // 5
            invoice("300.00", "2025-07-01", "2025-07-31", "2025-07-07"),   // 6
            invoice("400.00", "2025-07-01", "2025-07-31", "2025-07-31"),   // 30, on its due date
            invoice("500.00", "2025-07-01", "2025-07-31", "2025-08-01"),   // 31, 1 day late: 0.17 + 40.00
            invoice("1000.00", "2025-07-10", "2025-08-09", "2025-09-08"),  // 60, 30 late: 10.07 + 70.00 (1,000.00 is not under 1,000)
            invoice("2000.00", "2025-07-10", "2025-08-09", "2025-09-09"),  // 61, 31 late: 20.81 + 70.00
            invoice("50.00", "2025-08-01", "2025-08-31", "2025-08-01"),    // 0
            invoice("60.00", "2025-08-01", "2025-08-31", "2025-08-11"),    // 10
            invoice("70.00", "2025-08-01", "2025-08-31", "2025-08-21"),    // 20
            invoice("80.00", "2025-08-01", "2025-08-31", "2025-08-31"),    // 30
            invoice("90.00", "2025-08-01", "2025-08-31", "2025-09-15"),    // 45, 15 late: 0.45 + 40.00
            invoice("10000.00", "2025-06-01", "2025-07-01", "2025-07-05"), // 34, 4 late: 13.42 + 100.00
            invoice("120.00", "2025-05-01", "2025-05-31", "2025-07-10"),   // 70, 40 late at 12.75%: 1.68 + 40.00
            invoice("130.00", "2025-09-01", "2025-09-01", "2025-09-04"),   // an SME's, due at once: 3 days, 3 late: 0.13 + 40.00
            invoice("140.00", "2025-09-20", "2025-10-20", "2025-09-30"),   // 10
            invoice("150.00", "2025-06-01", "2025-07-01", "2025-06-20"),   // paid before the period: not counted
            invoice("160.00", "2025-09-15", "2025-10-15", null),           // not yet due: not counted
            invoice("170.00", "2025-08-15", "2025-09-14", null),           // due, unpaid: 16 days late at the end: 0.91 + 40.00
            invoice("180.00", "2025-08-20", "2025-09-19", "2025-10-10"));  // due, paid after the period: 11 late at the end: 0.66 + 40.00

    @Test
    void twentyInvoicesWorkedByHand() {
        PromptPayment.Measure measure = PromptPayment.withPublishedRates().of(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30"), TWENTY);
        // 16 paid in the period, taking 417 days between them
        assertEquals(16, measure.invoices());
        assertEquals("25.0", measure.paidWithin5Days(), "2, 5, 0 and 3 days");
        assertEquals("62.5", measure.paidWithin30Days());
        assertEquals("26.1", measure.averageDaysToPay(), "417 / 16 = 26.06");
        assertEquals("62.5", measure.paidIn1To30());
        assertEquals("25.0", measure.paidIn31To60(), "31, 60, 45 and 34 days");
        assertEquals("12.5", measure.paidOver60(), "61 and 70 days");
        assertEquals("11.8", measure.dueButUnpaid(), "of the 17 that fell due in the period, 2 unpaid at its end (one paid after it)");
        assertEquals(Money.parse("528.30"), measure.lateInterestOwed());
    }

    @Test
    void aPeriodWithNothingPaidIsAllZeroesAndARateNotOnFileIsSaidPlainly() {
        PromptPayment.Measure none = PromptPayment.withPublishedRates().of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"), List.of());
        assertEquals(List.of("0.0", "0.0", "0.0", "0.0"), List.of(none.paidWithin5Days(), none.averageDaysToPay(), none.paidOver60(), none.dueButUnpaid()));
        RuleRefused missing = assertThrows(RuleRefused.class, () -> PromptPayment.withPublishedRates().of(LocalDate.parse("2020-01-01"),
                LocalDate.parse("2020-12-31"), List.of(invoice("100.00", "2020-01-01", "2020-01-31", "2020-03-01"))));
        assertEquals(true, missing.getMessage().contains("base rate on 2019-12-31 is not in the product's data"), missing.getMessage());
    }
}

package org.guildhall.procurement.payables.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.money.Money;
import org.junit.jupiter.api.Test;

class PaymentRunNettingTest {

    private static PaymentRuns.Item invoice(long id, String total) {
        return new PaymentRuns.Item(id, 7, "INV-" + id, Money.parse(total), false);
    }

    private static PaymentRuns.Item credit(long id, String total) {
        return new PaymentRuns.Item(id, 7, "CN-" + id, Money.parse(total), true);
    }

    private static String paid(List<PaymentRuns.Item> taken) {
        return taken.stream().map(PaymentRuns.Item::signed).reduce(Money.ZERO, Money::plus).toString();
    }

    @Test
    void creditNotesReduceThePaymentOldestFirstWhileItStaysAtOrAboveNothing() {
        List<PaymentRuns.LeftOut> leftOut = new ArrayList<>();
        // 300.00 due; the credits of 120.00 (id 5), 200.00 (id 6) and 180.00 (id 9): 120 fits, 200 would make it -20, 180 fits exactly
        List<PaymentRuns.Item> taken = PaymentRuns.net(List.of(invoice(1, "100.00"), credit(9, "180.00"), credit(6, "200.00"), invoice(2, "200.00"),
                credit(5, "120.00")), leftOut);
        assertEquals(List.of(1L, 2L, 5L, 9L), taken.stream().map(PaymentRuns.Item::id).toList());
        assertEquals("0.00", paid(taken));
        assertEquals(List.of(6L), leftOut.stream().map(PaymentRuns.LeftOut::invoice).toList());
        assertEquals("Credit note carried to a later run: the supplier is owed 180.00 in this one, less than its 200.00", leftOut.get(0).reason());
    }

    @Test
    void creditNotesWithNothingDueAreAllCarried() {
        List<PaymentRuns.LeftOut> leftOut = new ArrayList<>();
        assertEquals(List.of(), PaymentRuns.net(List.of(credit(3, "0.01"), credit(4, "50.00")), leftOut));
        assertEquals(List.of(3L, 4L), leftOut.stream().map(PaymentRuns.LeftOut::invoice).toList());
    }

    @Test
    void invoicesAloneArePaidInFull() {
        List<PaymentRuns.LeftOut> leftOut = new ArrayList<>();
        assertEquals("350.50", paid(PaymentRuns.net(List.of(invoice(1, "100.25"), invoice(2, "250.25")), leftOut)));
        assertEquals(List.of(), leftOut);
    }
}

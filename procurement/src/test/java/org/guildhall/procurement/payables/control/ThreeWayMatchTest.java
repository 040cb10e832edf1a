package org.guildhall.procurement.payables.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.purchasing.control.PurchasingPolicies;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.junit.jupiter.api.Test;

class ThreeWayMatchTest {

    private static final PurchasingPolicies.PriceTolerance DEFAULT = PurchasingPolicies.PriceTolerance.DEFAULT;

    private static OrderLine ordered(int line, String quantity, String price, String received, String invoiced) {
        return new OrderLine(line, "Item " + line, new BigDecimal(quantity), Money.parse(price), new BigDecimal("0.2"), "55200", "CC210",
                new BigDecimal(received), new BigDecimal(invoiced));
    }

    private static InvoiceLine invoiced(int line, int orderLine, String quantity, String price) {
        return new InvoiceLine(line, orderLine, "Item", new BigDecimal(quantity), Money.parse(price), new BigDecimal("0.2"));
    }

    private static List<String> codes(List<MatchReason> reasons) {
        return reasons.stream().map(r -> r.code() + " " + r.line() + " " + r.expected() + " " + r.actual()).toList();
    }

    @Test
    void theStricterOfThePercentageAndTheAmountWins() {
        // 10 x 100.00 = 1,000.00: 2% is 20.00, under 25.00, so 20.00 over matches and 20.10 over does not
        List<OrderLine> order = List.of(ordered(1, "10", "100.00", "10", "0"));
        assertEquals(List.of(), codes(ThreeWayMatch.reasons(order, List.of(invoiced(1, 1, "10", "102.00")), DEFAULT)));
        assertEquals(List.of("PRICE_OVER_TOLERANCE 1 100.00 102.01"),
                codes(ThreeWayMatch.reasons(order, List.of(invoiced(1, 1, "10", "102.01")), DEFAULT)));
        // 100 x 100.00 = 10,000.00: 2% is 200.00, so the 25.00 cap is the stricter
        List<OrderLine> big = List.of(ordered(1, "100", "100.00", "100", "0"));
        assertEquals(List.of(), codes(ThreeWayMatch.reasons(big, List.of(invoiced(1, 1, "100", "100.25")), DEFAULT)));
        assertEquals(1, ThreeWayMatch.reasons(big, List.of(invoiced(1, 1, "100", "100.26")), DEFAULT).size());
        // cheaper than ordered by more than the tolerance is a variance too
        assertEquals(1, ThreeWayMatch.reasons(order, List.of(invoiced(1, 1, "10", "97.00")), DEFAULT).size());
        assertEquals(Money.parse("30.00"), ThreeWayMatch.variance(order, List.of(invoiced(1, 1, "10", "97.00"))));
    }

    @Test
    void quantitiesAreReceivedLessAlreadyInvoicedAddedUpAcrossLinesBillingOneOrderLine() {
        List<OrderLine> order = List.of(ordered(1, "10", "5.00", "6", "2"), ordered(2, "3", "5.00", "0", "0"));
        assertEquals(List.of(), codes(ThreeWayMatch.reasons(order, List.of(invoiced(1, 1, "2", "5.00"), invoiced(2, 1, "2", "5.00")), DEFAULT)));
        assertEquals(List.of("QUANTITY_OVER_RECEIVED 1 at most 4 4.5"),
                codes(ThreeWayMatch.reasons(order, List.of(invoiced(1, 1, "2", "5.00"), invoiced(2, 1, "2.5", "5.00")), DEFAULT)));
        assertEquals(List.of("NOT_RECEIVED 2 1 received 0 received"),
                codes(ThreeWayMatch.reasons(order, List.of(invoiced(1, 2, "1", "5.00")), DEFAULT)));
    }
}

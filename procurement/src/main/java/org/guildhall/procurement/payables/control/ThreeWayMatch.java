package org.guildhall.procurement.payables.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.purchasing.control.PurchasingPolicies;
import org.guildhall.procurement.purchasing.entity.OrderLine;

/**
 * The three-way match of an invoice's lines against its order's lines and what has been received of them: the quantity
 * invoiced never more than received less already invoiced, and each line's value within the price tolerance of the
 * order's price (a percentage and an amount, the stricter winning). Pure: the caller reads the order and stores the answer.
 */
public final class ThreeWayMatch {

    private ThreeWayMatch() {
    }

    /** The order's value of {@code quantity} of {@code line}: what was accrued as received, and what GRNI gives back. */
    public static Money atOrderPrice(OrderLine line, BigDecimal quantity) {
        return Money.of(quantity.multiply(line.unitPrice().amount()).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The reasons {@code invoiced} does not match {@code ordered} (every line of the order, with its received and
     * invoiced quantities), in line order; none when it matches. Lines billing the same order line are added together.
     */
    public static List<MatchReason> reasons(List<OrderLine> ordered, List<InvoiceLine> invoiced, PurchasingPolicies.PriceTolerance tolerance) {
        Map<Integer, OrderLine> byLine = new LinkedHashMap<>();
        ordered.forEach(l -> byLine.put(l.line(), l));
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (InvoiceLine line : invoiced) {
            quantities.merge(line.orderLine(), line.quantity(), BigDecimal::add);
        }
        List<MatchReason> reasons = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> entry : quantities.entrySet()) {
            OrderLine order = byLine.get(entry.getKey());
            BigDecimal quantity = entry.getValue();
            BigDecimal open = order.received().subtract(order.invoiced());
            if (order.received().signum() == 0) {
                reasons.add(new MatchReason(MatchReason.NOT_RECEIVED, order.line(), plain(quantity) + " received", "0 received"));
            } else if (quantity.compareTo(open) > 0) {
                reasons.add(new MatchReason(MatchReason.QUANTITY_OVER_RECEIVED, order.line(), "at most " + plain(open.max(BigDecimal.ZERO)),
                        plain(quantity)));
            }
        }
        for (InvoiceLine line : invoiced) {
            OrderLine order = byLine.get(line.orderLine());
            Money atOrder = atOrderPrice(order, line.quantity());
            Money difference = line.net().minus(atOrder);
            if (difference.amount().abs().compareTo(tolerance.of(atOrder).amount()) > 0) {
                reasons.add(new MatchReason(MatchReason.PRICE_OVER_TOLERANCE, line.orderLine(), order.unitPrice().toString(),
                        line.unitPrice().toString()));
            }
        }
        return reasons;
    }

    /** What accepting a price variance on {@code invoiced} means in money: the lines' differences from the order's prices, added up. */
    public static Money variance(List<OrderLine> ordered, List<InvoiceLine> invoiced) {
        Money total = Money.ZERO;
        for (InvoiceLine line : invoiced) {
            OrderLine order = ordered.stream().filter(o -> o.line() == line.orderLine()).findFirst().orElseThrow();
            total = total.plus(Money.of(line.net().minus(atOrderPrice(order, line.quantity())).amount().abs()));
        }
        return total;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}

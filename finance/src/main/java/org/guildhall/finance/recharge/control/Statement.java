package org.guildhall.finance.recharge.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;

/**
 * A tenant's recharge for a month: each priced count's quantity at its price (to the penny), their sum, what the monthly
 * minimum adds when the sum is under it, and the total.
 */
public record Statement(List<Line> lines, Money usage, Money minimumTopUp, Money total) {

    public record Line(String unit, long quantity, BigDecimal price, Money amount) {
    }

    public static Statement of(PriceList prices, Map<String, Long> usage) {
        List<Line> lines = new ArrayList<>();
        Money sum = Money.ZERO;
        for (Map.Entry<String, BigDecimal> price : new java.util.TreeMap<>(prices.prices()).entrySet()) {
            long quantity = usage.getOrDefault(price.getKey(), 0L);
            Money amount = Money.ofRounded(price.getValue().multiply(BigDecimal.valueOf(quantity)));
            lines.add(new Line(price.getKey(), quantity, price.getValue(), amount));
            sum = sum.plus(amount);
        }
        Money topUp = sum.amount().compareTo(prices.monthlyMinimum().amount()) < 0 ? prices.monthlyMinimum().minus(sum) : Money.ZERO;
        return new Statement(List.copyOf(lines), sum, topUp, sum.plus(topUp));
    }
}

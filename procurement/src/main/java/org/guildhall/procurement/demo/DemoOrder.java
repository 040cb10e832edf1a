package org.guildhall.procurement.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.purchasing.control.Requisitions;

/**
 * What the demo's buyer asks one supplier for in one requisition, before anything about it is stored: the plan's
 * side of an order. {@code key} names it among the tenant's demo orders, so the steps that follow it find what the
 * services made of it.
 *
 * @param supplier   the index of the supplier among the tenant's own (see {@link PurchasingPlan#suppliers})
 * @param costCentre where every line is charged
 */
record DemoOrder(String key, int supplier, String costCentre, List<Line> lines) {

    /** One line as requisitioned: what, how many, at what price before VAT, the VAT rate as written, and the expense account. */
    record Line(String description, BigDecimal quantity, Money price, String vat, String account) {

        Money net() {
            return Money.of(quantity.multiply(price.amount()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** One line of a supplier's invoice against the order: the order line it bills, how many, at what price. */
    record Billed(int line, BigDecimal quantity, Money price, String vat) {

        /** The invoice line the services would make of it, whose net and VAT are what the invoice's total must add up to. */
        InvoiceLine asInvoiced() {
            return new InvoiceLine(line, line, "", quantity, price, Requisitions.vatRate(vat));
        }
    }

    DemoOrder {
        lines = List.copyOf(lines);
    }

    /** The requisition's total with VAT, which decides who approves it. */
    Money total() {
        Money total = Money.ZERO;
        for (Line line : lines) {
            Money net = line.net();
            total = total.plus(net).plus(Money.of(net.amount().multiply(Requisitions.vatRate(line.vat())).setScale(2, RoundingMode.HALF_UP)));
        }
        return total;
    }

    /** Everything ordered, by line number from 1. */
    Map<Integer, BigDecimal> quantities() {
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            quantities.put(i + 1, lines.get(i).quantity());
        }
        return quantities;
    }

    /** An invoice for everything ordered at the order's prices: what a supplier usually sends. */
    List<Billed> billedAtOrder() {
        List<Billed> billed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            billed.add(new Billed(i + 1, line.quantity(), line.price(), line.vat()));
        }
        return billed;
    }

    /** The invoice's total, as the supplier adds it up: each line's net and VAT. */
    static Money total(List<Billed> billed) {
        return billed.stream().map(Billed::asInvoiced).map(l -> l.net().plus(l.vat())).reduce(Money.ZERO, Money::plus);
    }

    /** How far {@code billed} is from the order's prices, in money: what accepting the difference means, and so who may. */
    Money variance(List<Billed> billed) {
        Money variance = Money.ZERO;
        for (Billed line : billed) {
            Money difference = line.asInvoiced().net().minus(lines.get(line.line() - 1).net());
            variance = variance.plus(Money.of(difference.amount().abs()));
        }
        return variance;
    }
}

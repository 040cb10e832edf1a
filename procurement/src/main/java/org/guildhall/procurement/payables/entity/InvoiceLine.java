package org.guildhall.procurement.payables.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.guildhall.platform.money.Money;

/**
 * A line of a supplier invoice: the order line it bills, or for an invoice without an order the expense account and
 * cost centre it is charged to; how many at what price, its VAT rate, net and VAT.
 */
public record InvoiceLine(int line, Integer orderLine, String description, BigDecimal quantity, Money unitPrice, BigDecimal vatRate,
                          String account, String costCentre) {

    /** A line billing order line {@code orderLine}. */
    public InvoiceLine(int line, Integer orderLine, String description, BigDecimal quantity, Money unitPrice, BigDecimal vatRate) {
        this(line, orderLine, description, quantity, unitPrice, vatRate, null, null);
    }

    public Money net() {
        return Money.of(quantity.multiply(unitPrice.amount()).setScale(2, RoundingMode.HALF_UP));
    }

    public Money vat() {
        return Money.of(net().amount().multiply(vatRate).setScale(2, RoundingMode.HALF_UP));
    }
}

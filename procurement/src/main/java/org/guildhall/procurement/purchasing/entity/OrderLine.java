package org.guildhall.procurement.purchasing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.guildhall.platform.money.Money;

/**
 * A line of a requisition and of the order it becomes: what, how many at what price, the VAT rate, and the account and
 * cost centre it is charged to; net is quantity times price to the penny, VAT the rate of the net to the penny.
 * {@code received} and {@code invoiced} count what has come in and been billed (orders only).
 */
public record OrderLine(int line, String description, BigDecimal quantity, Money unitPrice, BigDecimal vatRate, String account,
                        String costCentre, BigDecimal received, BigDecimal invoiced) {

    /** The line once {@code quantity} more has been received. */
    public OrderLine receiving(BigDecimal quantity) {
        return new OrderLine(line, description, this.quantity, unitPrice, vatRate, account, costCentre, received.add(quantity), invoiced);
    }

    /** The line once {@code quantity} more has been invoiced. */
    public OrderLine invoicing(BigDecimal quantity) {
        return new OrderLine(line, description, this.quantity, unitPrice, vatRate, account, costCentre, received, invoiced.add(quantity));
    }

    public Money net() {
        return Money.of(quantity.multiply(unitPrice.amount()).setScale(2, RoundingMode.HALF_UP));
    }

    public Money vat() {
        return Money.of(net().amount().multiply(vatRate).setScale(2, RoundingMode.HALF_UP));
    }
}

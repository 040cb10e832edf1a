package org.guildhall.procurement.purchasing.entity;

/** Fired in the receipt's transaction once goods are recorded against {@code orderId}: invoices waiting for them are matched again. */
public record GoodsReceived(long orderId) {
}

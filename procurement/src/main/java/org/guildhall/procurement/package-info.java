/**
 * Guildhall procurement: Suppliers, requisitions, purchase orders, invoices, three-way match and payment runs.
 *
 * <p>Built so far: {@code supplier} (suppliers and their bank accounts under fraud controls) and {@code purchasing}
 * (requisitions checked against budgets, approved by limit into purchase orders that commit their value). Each feature follows
 * the platform's layout ({@code org.guildhall.procurement.<feature>.{boundary,control,entity}}).
 *
 * <p>It depends on hr (people, org units, approval limits, approvals) and through it on finance, whose
 * {@code org.guildhall.finance.posting} package is the only part of finance it calls; working days and payment
 * dates come from {@code org.guildhall.platform.time}.
 */
package org.guildhall.procurement;

/**
 * Guildhall procurement: Suppliers, requisitions, purchase orders, invoices, three-way match and payment runs.
 *
 * <p>Nothing is built here yet beyond the module itself; its features arrive with their own issues and follow
 * the platform's layout ({@code org.guildhall.procurement.<feature>.{boundary,control,entity}}).
 */
package org.guildhall.procurement;

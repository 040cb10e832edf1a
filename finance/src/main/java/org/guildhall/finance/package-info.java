/**
 * Guildhall finance: Chart of accounts, cost centres, general ledger, periods, trial balance, budgets.
 *
 * <p>Nothing is built here yet beyond the module itself; its features arrive with their own issues and follow
 * the platform's layout ({@code org.guildhall.finance.<feature>.{boundary,control,entity}}).
 */
package org.guildhall.finance;

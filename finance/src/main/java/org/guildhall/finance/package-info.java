/**
 * Guildhall finance: Chart of accounts, cost centres, general ledger, periods, trial balance, budgets.
 *
 * <p>Features follow the platform's layout ({@code org.guildhall.finance.<feature>.{boundary,control,entity}}).
 * Other modules call finance only through {@code org.guildhall.finance.posting}: post a journal draft, the account for
 * a purpose, cost centres.
 */
package org.guildhall.finance;

/**
 * Budgets per cost centre, account and fiscal year (set through the API or loaded from a workbook), and the
 * budget-against-actual report: actuals from the ledger's cost-centre balances, and a commitments column that
 * purchase orders will fill.
 */
package org.guildhall.finance.budget;

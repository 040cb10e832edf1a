/**
 * Budgets per cost centre, account and fiscal year (set through the API or loaded from a workbook), and the
 * budget-against-actual report: actuals from the ledger's cost-centre balances, and commitments from the running
 * totals that purchase orders commit and release through {@link org.guildhall.finance.posting.Commitments}.
 */
package org.guildhall.finance.budget;

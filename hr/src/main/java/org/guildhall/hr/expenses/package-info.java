/**
 * Expense claims: made as drafts, receipts kept, submitted, decided by the line manager (or a budget holder above the
 * manager's limit) and posted to the ledger; mileage at HMRC's approved rates.
 */
package org.guildhall.hr.expenses;

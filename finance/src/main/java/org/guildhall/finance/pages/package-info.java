/**
 * The finance team's pages, in the GOV.UK Design System's markup and working without JavaScript. {@code FinancePages}
 * is the one servlet at {@code /finance/*}: it admits the caller and hands each path to its feature's page, a
 * {@code FinancePage}: journals (list and detail), journal entry (the form, with {@code JournalForm} reading it and
 * showing errors the GOV.UK way), the trial balance with a period picker and download, periods with close and reopen,
 * and budget against actual. {@code FinancePageModels} reads and writes for all of them.
 */
package org.guildhall.finance.pages;

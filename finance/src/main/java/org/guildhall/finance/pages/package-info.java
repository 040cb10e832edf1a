/**
 * The finance team's pages, in the GOV.UK Design System's markup and working without JavaScript: journals (list,
 * detail, entry with errors shown the GOV.UK way), the trial balance with a period picker and download, periods with
 * close and reopen, and budget against actual.
 */
package org.guildhall.finance.pages;

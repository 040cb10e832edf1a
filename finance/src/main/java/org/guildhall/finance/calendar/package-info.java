/**
 * The fiscal calendar: years from April to March named by the year they start, twelve monthly periods each, which
 * finance teams close (no more postings) and may reopen; and the year end that rolls balances forward.
 */
package org.guildhall.finance.calendar;

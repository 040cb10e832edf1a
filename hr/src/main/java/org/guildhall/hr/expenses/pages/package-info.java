/** The self-service expense pages: claiming with add-another lines, receipts, submission, a manager's approvals. */
package org.guildhall.hr.expenses.pages;

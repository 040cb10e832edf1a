/** The payroll run pages for payroll admins and approvers: the runs, and one run's progress, totals, exceptions and variances. */
package org.guildhall.payroll.run.pages;

/** The self-service leave pages: booking with check-your-answers, balances, requests, approvals, team calendar. */
package org.guildhall.hr.leave.pages;

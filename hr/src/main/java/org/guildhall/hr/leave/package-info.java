/**
 * Leave: so far the UK bank holidays of each nation and the working time a stretch of leave takes on a pattern.
 * Requests, balances and approvals follow with their issue.
 */
package org.guildhall.hr.leave;

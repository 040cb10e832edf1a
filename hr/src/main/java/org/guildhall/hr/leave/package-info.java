/**
 * Leave: the working time a stretch of leave takes on a pattern, skipping the nation's bank holidays (platform.time).
 * Requests, balances and approvals follow with their issue.
 */
package org.guildhall.hr.leave;

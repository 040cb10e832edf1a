/**
 * Leave: so far the UK bank holidays of each nation, by each nation's rules, which working-time counting will skip.
 * Requests, balances and approvals follow with their issue.
 */
package org.guildhall.hr.leave;

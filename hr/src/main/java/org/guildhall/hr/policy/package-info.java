/**
 * A tenant's policies as data: the leave policy and approval limits every tenant starts with from the standard
 * template, which its HR admins can edit (versioned and audited) and the leave, expenses and purchasing features read.
 * Procurement reads the approval limits here: it depends on hr ({@code platform <- finance <- hr <- {payroll,
 * procurement}}), never the other way round.
 */
package org.guildhall.hr.policy;

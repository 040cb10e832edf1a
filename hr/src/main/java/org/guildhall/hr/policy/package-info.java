/**
 * A tenant's policies as data: the leave policy and approval limits every tenant starts with from the standard
 * template, which its HR admins can edit (versioned and audited) and the leave, expenses and purchasing features read.
 */
package org.guildhall.hr.policy;

/**
 * Payments out of a tenant's bank account. {@link org.guildhall.platform.payments.Bacs18} writes a BACS Standard 18
 * credit file a line at a time (payroll's net pay now; accounts payable's payment runs later).
 */
package org.guildhall.platform.payments;

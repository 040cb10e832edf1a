/**
 * Guildhall payroll: UK gross-to-net, payroll runs, payslips, payments and HMRC reporting.
 *
 * <p>Nothing is built here yet beyond the module itself; its features arrive with their own issues and follow
 * the platform's layout ({@code org.guildhall.payroll.<feature>.{boundary,control,entity}}).
 */
package org.guildhall.payroll;

/**
 * UK gross-to-net for one employee and one pay period: PAYE by HMRC's tax table routines, Class 1 National Insurance,
 * student and postgraduate loans, and a pension contribution under a net pay arrangement. Plain Java with no state:
 * the rates of each tax year are data ({@code uk-payroll-rates.json}), and every rounding HMRC prescribes is named in
 * {@link org.guildhall.payroll.calculation.control.Rounding}. Payroll runs call it once per employee per period.
 */
package org.guildhall.payroll.calculation;

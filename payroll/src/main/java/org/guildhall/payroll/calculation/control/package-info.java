/**
 * The gross-to-net itself: {@link org.guildhall.payroll.calculation.control.GrossToNet} puts together
 * {@link org.guildhall.payroll.calculation.control.Paye}, {@link org.guildhall.payroll.calculation.control.NationalInsurance}
 * and {@link org.guildhall.payroll.calculation.control.StudentLoans} with the rates that
 * {@link org.guildhall.payroll.calculation.control.RateTables} loads.
 */
package org.guildhall.payroll.calculation.control;

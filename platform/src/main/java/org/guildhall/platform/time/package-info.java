/**
 * Time. {@link org.guildhall.platform.time.Clocks} produces the injectable {@link java.time.Clock} of UTC instants, so
 * tests can fix it; {@link org.guildhall.platform.time.BusinessCalendar} turns an instant into the business date
 * (Europe/London), the only way main code asks what day it is. {@link org.guildhall.platform.time.TaxYear} is the UK
 * tax year (6 April to 5 April) payroll and expenses share. {@link org.guildhall.platform.time.BankHolidays} and {@link
 * org.guildhall.platform.time.WorkingDays} are each {@link org.guildhall.platform.time.Nation}'s calendar: leave, pay
 * dates and payment terms count in them.
 */
package org.guildhall.platform.time;

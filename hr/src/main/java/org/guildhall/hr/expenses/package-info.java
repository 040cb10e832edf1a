/** Expenses: so far HMRC's approved mileage rates; claims, receipts and approvals follow with their issue. */
package org.guildhall.hr.expenses;

/** One control per expense use case: make a draft, keep a receipt, submit, decide, read; each loads, applies the rules, stores. */
package org.guildhall.hr.expenses.control;

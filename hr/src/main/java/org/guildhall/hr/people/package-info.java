/**
 * People and structure: organisation units (a hierarchy, each with a cost centre) and employees, with the checks a
 * payroll officer relies on (HMRC's National Insurance number format, age at start, a leaving date after the start,
 * a line manager in the same organisation and no reporting loops).
 */
package org.guildhall.hr.people;

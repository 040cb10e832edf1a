/**
 * Loading a department from one workbook (sheets CostCentres, OrgUnits, Employees): a dry run that lists every bad
 * cell, references between sheets included, and a load of everything in one transaction or nothing, which a second
 * run of the same workbook leaves unchanged.
 */
package org.guildhall.hr.onboarding;

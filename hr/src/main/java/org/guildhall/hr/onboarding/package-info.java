/**
 * Loading a department from one workbook (sheets CostCentres, OrgUnits, Employees): a dry run that lists every bad
 * cell, references between sheets included, and a load of everything in one transaction or nothing, which a second
 * run of the same workbook leaves unchanged. Each sheet has its own checker in {@code control}; the
 * {@code OnboardingWorkbook} there runs them with what the tenant already holds and loads only when none found a problem.
 */
package org.guildhall.hr.onboarding;

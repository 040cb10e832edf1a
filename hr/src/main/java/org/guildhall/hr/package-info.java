/**
 * Guildhall hr: Employees, organisation, leave and expenses.
 *
 * <p>Nothing is built here yet beyond the module itself; its features arrive with their own issues and follow
 * the platform's layout ({@code org.guildhall.hr.<feature>.{boundary,control,entity}}).
 */
package org.guildhall.hr;

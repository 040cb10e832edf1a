/**
 * HR admins' pages, in the GOV.UK Design System's markup and working without JavaScript: employee search, detail and
 * edit, the organisation tree, and the onboarding workbook upload with its dry-run report.
 */
package org.guildhall.hr.pages;

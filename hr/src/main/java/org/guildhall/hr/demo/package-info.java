/**
 * HR's part of the demo centre: the demo tenants' people, loaded through the onboarding workbook's checks as a
 * department moving in would, with their sign-ins; and a year of their leave and expense claims, booked, claimed and
 * decided by the right people through the services, at the times it happened.
 */
package org.guildhall.hr.demo;

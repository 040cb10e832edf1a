/**
 * Leave: booking ({@code control.Leave}, whose rules are the pure {@code entity.Booking}), reading requests and
 * balances ({@code control.LeaveQueries}), deciding and cancelling, delegates, working patterns and the team calendar,
 * one control each. Working time is counted on the employee's pattern, skipping their nation's bank holidays.
 */
package org.guildhall.hr.leave;

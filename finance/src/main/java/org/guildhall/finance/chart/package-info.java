/**
 * The chart of accounts and the cost centres of a tenant: copied from the standard template when the tenant is
 * onboarded, extended by the tenant's finance team, never stripped of an account that has been used.
 */
package org.guildhall.finance.chart;

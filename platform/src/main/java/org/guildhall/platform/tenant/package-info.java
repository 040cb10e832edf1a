/**
 * Tenants (the public bodies that share this deployment) and onboarding one from a standard template. Modules
 * that seed a new tenant (chart of accounts, leave policy, calendars) observe {@link
 * org.guildhall.platform.tenant.control.TenantOnboarded} in the onboarding transaction.
 */
package org.guildhall.platform.tenant;

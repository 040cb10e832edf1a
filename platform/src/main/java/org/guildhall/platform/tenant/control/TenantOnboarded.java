package org.guildhall.platform.tenant.control;

/**
 * Fired synchronously inside the onboarding transaction, already scoped to the new tenant: observers seed their
 * part of the template (chart of accounts, calendars, policies; {@code group}, when not null, is the tenant group it
 * joins). An observer that fails undoes the whole onboarding.
 */
public record TenantOnboarded(String tenant, String template, String group) {
}

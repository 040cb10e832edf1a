package org.guildhall.platform.tenant.control;

/**
 * Fired synchronously when a tenant joins, moves between or leaves tenant groups, inside that transaction, scoped to the
 * tenant: observers keep what the tenant used of the group it left ({@code from}, null when it was in none) that its
 * new group ({@code to}, null when it leaves) does not provide.
 */
public record TenantMoved(String tenant, String from, String to) {
}

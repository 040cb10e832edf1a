/**
 * How a unit of work becomes tenant-scoped. {@link org.guildhall.platform.tenancy.TenantSession#enter} sets the
 * tenant on the transaction's persistence context (EclipseLink single-table multitenancy) and on its database
 * connection (PostgreSQL row-level security), so both walls agree; without it, tenant queries fail.
 */
package org.guildhall.platform.tenancy;

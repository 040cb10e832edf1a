/**
 * Local user accounts and their memberships of tenants (the roles held there, and which employee they are).
 * Accounts are platform rows: one person may work in several tenants.
 */
package org.guildhall.platform.account;

/** The expense claims API at {@code /tenants/{tenant}/expense-claims}. */
package org.guildhall.hr.expenses.boundary;

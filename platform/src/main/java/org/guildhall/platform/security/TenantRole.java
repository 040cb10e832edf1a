package org.guildhall.platform.security;

/** Roles a user holds within one tenant. A line manager is a relationship between employees, not a role. */
public enum TenantRole {
    EMPLOYEE, HR_ADMIN, FINANCE, PAYROLL_ADMIN, PAYROLL_APPROVER, AP_CLERK, AP_APPROVER, PROCUREMENT, BUDGET_HOLDER, TENANT_ADMIN, AUDITOR
}

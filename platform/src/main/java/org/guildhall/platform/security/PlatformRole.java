package org.guildhall.platform.security;

/** Roles that are not tied to one tenant: shared-service-centre staff. */
public enum PlatformRole {
    /** Onboards and supports tenants. */
    OPERATOR
}

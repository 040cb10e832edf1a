package org.guildhall.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.junit.jupiter.api.Test;

/** The one gate answers API and pages alike: 401 signed out, 404 without a role there, 403 without an allowed one. */
class TenantGateTest {

    private static final Set<TenantRole> FINANCE = Set.of(TenantRole.FINANCE);

    private static TenantGate gate(boolean signedIn, Map<String, Set<TenantRole>> grants, Set<PlatformRole> platform,
                                   Set<String> tenants) {
        return gate(signedIn, grants, platform, tenants, Set.of());
    }

    private static TenantGate gate(boolean signedIn, Map<String, Set<TenantRole>> grants, Set<PlatformRole> platform,
                                   Set<String> tenants, Set<String> suspended) {
        TenantGate gate = new TenantGate();
        gate.caller = new Caller() {
            @Override
            public UserAccount require() {
                if (!signedIn) {
                    throw new Problem.Unauthenticated();
                }
                return null;
            }

            @Override
            public Set<TenantRole> rolesIn(String tenant) {
                return grants.getOrDefault(tenant, EnumSet.noneOf(TenantRole.class));
            }

            @Override
            public Set<PlatformRole> platformRoles() {
                return platform;
            }

            @Override
            public Optional<UserAccount> account() {
                return Optional.empty();
            }
        };
        gate.tenants = new Tenants() {
            @Override
            public boolean exists(String code) {
                return tenants.contains(code);
            }

            @Override
            public Optional<org.guildhall.platform.tenant.entity.Tenant> find(String code) {
                if (!tenants.contains(code) && !suspended.contains(code)) {
                    return Optional.empty();
                }
                var tenant = new org.guildhall.platform.tenant.entity.Tenant(code, "Agency " + code, null, "central-government",
                        java.time.Instant.EPOCH);
                if (suspended.contains(code)) {
                    tenant.becomes(org.guildhall.platform.tenant.entity.Tenant.Status.SUSPENDED, "Unpaid", java.time.Instant.EPOCH);
                }
                return Optional.of(tenant);
            }
        };
        gate.currentTenant = new CurrentTenant();
        return gate;
    }

    @Test
    void signedOutIs401() {
        TenantGate gate = gate(false, Map.of(), Set.of(), Set.of("acme"));
        assertThrows(Problem.Unauthenticated.class, () -> gate.pass("acme", FINANCE, Set.of()));
        assertThrows(Problem.Unauthenticated.class, () -> gate.admit("acme", FINANCE));
    }

    @Test
    void noRoleInTheTenantIs404WhetherOrNotItExists() {
        TenantGate gate = gate(true, Map.of("acme", Set.of(TenantRole.EMPLOYEE)), Set.of(), Set.of("acme", "other"));
        assertThrows(Problem.NotFound.class, () -> gate.pass("other", FINANCE, Set.of()));
        assertThrows(Problem.NotFound.class, () -> gate.pass("nowhere", FINANCE, Set.of()));
        assertThrows(Problem.NotFound.class, () -> gate.admit("other", Set.of()));
    }

    @Test
    void aRoleThereButNotAnAllowedOneIs403() {
        TenantGate gate = gate(true, Map.of("acme", Set.of(TenantRole.EMPLOYEE)), Set.of(), Set.of("acme"));
        assertEquals("This needs one of the roles [AUDITOR, FINANCE] in this tenant.", assertThrows(Problem.Forbidden.class,
                () -> gate.pass("acme", Set.of(TenantRole.FINANCE, TenantRole.AUDITOR), Set.of())).getMessage());
        assertEquals("This needs one of the roles [FINANCE] in this organisation.",
                assertThrows(Problem.Forbidden.class, () -> gate.admit("acme", FINANCE)).getMessage());
        assertEquals(Optional.empty(), gate.currentTenant.code());
    }

    @Test
    void anAllowedRoleAdmitsTheTenant() {
        TenantGate gate = gate(true, Map.of("acme", Set.of(TenantRole.FINANCE)), Set.of(), Set.of("acme"));
        assertEquals(Set.of(TenantRole.FINANCE), gate.admit("acme", FINANCE));
        assertEquals(Optional.of("acme"), gate.currentTenant.code());
    }

    @Test
    void anAllowedPlatformRolePassesForAnyExistingTenantOnly() {
        TenantGate operator = gate(true, Map.of(), Set.of(PlatformRole.OPERATOR), Set.of("acme"));
        operator.pass("acme", FINANCE, Set.of(PlatformRole.OPERATOR));
        assertEquals(Optional.of("acme"), operator.currentTenant.code());
        assertThrows(Problem.NotFound.class, () -> operator.pass("nowhere", FINANCE, Set.of(PlatformRole.OPERATOR)));
        assertThrows(Problem.NotFound.class, () -> operator.pass("acme", FINANCE, Set.of()));
        assertThrows(Problem.NotFound.class, () -> operator.admit("acme", Set.of()));
    }

    @Test
    void outsideATenantOnlyPlatformRolesCount() {
        TenantGate employee = gate(true, Map.of("acme", Set.of(TenantRole.TENANT_ADMIN)), Set.of(), Set.of("acme"));
        assertEquals("This needs one of the platform roles [OPERATOR].", assertThrows(Problem.Forbidden.class,
                () -> employee.pass(null, Set.of(), Set.of(PlatformRole.OPERATOR))).getMessage());
        employee.pass(null, Set.of(), Set.of());
        assertEquals(Optional.empty(), employee.currentTenant.code());
    }

    @Test
    void aSuspendedTenantsMembersAre403WithTheReasonWhileAnOperatorPasses() {
        TenantGate gate = gate(true, Map.of("t1", FINANCE), Set.of(), Set.of(), Set.of("t1"));
        Problem.Forbidden refused = assertThrows(Problem.Forbidden.class, () -> gate.pass("t1", FINANCE, Set.of()));
        assertTrue(refused.getMessage().contains("suspended by the shared service centre: Unpaid"), refused.getMessage());
        gate(true, Map.of(), Set.of(PlatformRole.OPERATOR), Set.of("t1"), Set.of("t1")).pass("t1", FINANCE, Set.of(PlatformRole.OPERATOR));
    }
}

package org.guildhall.hr.people.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.CurrentTenant;

/** The signed-in caller as an employee of the tenant the request addresses: their record's number and their roles. */
@RequestScoped
public class Myself {

    @Inject
    Caller caller;

    @Inject
    CurrentTenant tenant;

    /** The employee number the caller's account is linked to in this tenant, if any. */
    public Optional<String> employeeNumber() {
        String code = tenant.code().orElseThrow(() -> new IllegalStateException("no tenant admitted for this request"));
        return caller.memberships().stream().filter(m -> m.tenant().equals(code)).map(TenantMembership::employeeNumber)
                .filter(Objects::nonNull).findFirst();
    }

    /** The caller's employee number; 403 with the way out when their account has none. */
    public String requireEmployeeNumber() {
        return employeeNumber().orElseThrow(() -> new NotPermitted(
                "Your account is not linked to an employee record. Ask your tenant administrator to link it."));
    }

    /**
     * Refuses (404, as if there were no such employee) anyone but the employee themself and holders of {@code role}:
     * what an employee's own records say is theirs, not their line manager's.
     */
    public void requireSelfOr(TenantRole role, String employeeNumber) {
        if (employeeNumber().filter(employeeNumber::equals).isEmpty() && !holds(role)) {
            throw new Absent("There is no employee " + employeeNumber + ".");
        }
    }

    public boolean holds(TenantRole role) {
        return roles().contains(role);
    }

    public Set<TenantRole> roles() {
        return caller.rolesIn(tenant.code().orElseThrow());
    }

    public String username() {
        return caller.name();
    }
}

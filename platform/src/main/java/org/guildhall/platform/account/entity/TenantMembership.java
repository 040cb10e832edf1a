package org.guildhall.platform.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.guildhall.platform.security.TenantRole;

/** A user's place in one tenant: the roles held there and, if they work there, their employee number. */
@Entity
@Table(name = "tenant_membership")
public class TenantMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Column(name = "tenant_code", nullable = false, length = 32)
    private String tenant;

    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<TenantRole> roles = new HashSet<>();

    protected TenantMembership() {
    }

    public TenantMembership(UserAccount user, String tenant, String employeeNumber) {
        this.user = user;
        this.tenant = tenant;
        this.employeeNumber = employeeNumber == null || employeeNumber.isBlank() ? null : employeeNumber.strip();
    }

    /** Adds roles; answers whether anything changed. */
    public boolean grant(Collection<TenantRole> granted) {
        return roles.addAll(granted);
    }

    public String tenant() { return tenant; }
    public String employeeNumber() { return employeeNumber; }
    public UserAccount user() { return user; }

    public Set<TenantRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(roles);
    }
}

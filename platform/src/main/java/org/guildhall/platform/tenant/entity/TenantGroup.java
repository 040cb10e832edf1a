package org.guildhall.platform.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A department and its agencies: tenants that share policy documents (each member uses the group's unless it has its
 * own) and, later, framework suppliers. Its code is at most 30 characters, so that its audit chain's key, "g:" and the
 * code, fits where a tenant's code does.
 */
@Entity
@Table(name = "tenant_group")
public class TenantGroup {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,29}");

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TenantGroup() {
    }

    public TenantGroup(String code, String name, Instant createdAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("group code must match " + CODE.pattern());
        }
        this.code = code;
        this.name = name.strip();
        this.createdAt = createdAt;
    }

    public String code() { return code; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
}

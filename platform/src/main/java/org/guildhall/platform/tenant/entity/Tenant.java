package org.guildhall.platform.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;

/** A public body using the shared service. Its code is its permanent identifier and the tenant key of its rows. */
@Entity
@Table(name = "tenant")
public class Tenant {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    /** ACTIVE; SUSPENDED by an operator, sign-in refused and nothing lost; OFFBOARDED once its export was downloaded. */
    public enum Status { ACTIVE, SUSPENDED, OFFBOARDED }

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "group_code", length = 32)
    private String group;

    @Column(nullable = false, length = 64)
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, String name, String group, String template, Instant createdAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("tenant code must match " + CODE.pattern());
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tenant name is required");
        }
        this.code = code;
        this.name = name.strip();
        this.group = group == null || group.isBlank() ? null : group.strip();
        this.template = template;
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    /** Suspends an active tenant, reinstates a suspended one ({@code to} ACTIVE), or offboards either, saying why. */
    public void becomes(Status to, String reason, Instant at) {
        boolean allowed = switch (to) {
            case SUSPENDED -> status == Status.ACTIVE;
            case ACTIVE -> status == Status.SUSPENDED;
            case OFFBOARDED -> status == Status.SUSPENDED;
        };
        if (!allowed) {
            throw new org.guildhall.platform.domain.StateConflict("Tenant " + code + " is " + status + ", so it cannot become " + to + ".");
        }
        status = to;
        statusReason = reason;
        statusChangedAt = at;
    }

    /** Joins {@code group}, leaving any other; null leaves the group it is in. */
    public void joins(String group) {
        this.group = group;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String group() { return group; }
    public String template() { return template; }
    public Status status() { return status; }
    public String statusReason() { return statusReason; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}

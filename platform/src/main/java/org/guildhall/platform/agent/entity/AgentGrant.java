package org.guildhall.platform.agent.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.TenantRole;

/**
 * A role in a tenant granted to an operator of the centre, for a time: it counts while it is neither revoked nor past
 * its expiry. Platform rows (the grant is read wherever the operator acts), keyed by tenant like tenant data.
 */
@Entity
@Table(name = "agent_grant")
public class AgentGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_code", nullable = false, length = 32)
    private String tenant;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TenantRole role;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AgentGrant() {
    }

    public AgentGrant(String tenant, long userId, TenantRole role, String reason, String grantedBy, Instant grantedAt, Instant expiresAt) {
        this.tenant = tenant;
        this.userId = userId;
        this.role = role;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the grant counts at {@code now}: not revoked, and not yet expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(String by, Instant at) {
        if (!activeAt(at)) {
            throw new StateConflict("Grant " + id + " has already " + (revokedAt != null ? "been revoked" : "expired") + ".");
        }
        revokedBy = by;
        revokedAt = at;
    }

    public JsonObject state(String username, Instant now) {
        var json = Json.createObjectBuilder().add("id", id).add("username", username).add("role", role.name()).add("reason", reason)
                .add("grantedBy", grantedBy).add("grantedAt", grantedAt.toString()).add("expiresAt", expiresAt.toString())
                .add("active", activeAt(now));
        if (revokedAt != null) {
            json.add("revokedBy", revokedBy).add("revokedAt", revokedAt.toString());
        }
        return json.build();
    }

    public Long id() { return id; }
    public String tenant() { return tenant; }
    public long userId() { return userId; }
    public TenantRole role() { return role; }
}

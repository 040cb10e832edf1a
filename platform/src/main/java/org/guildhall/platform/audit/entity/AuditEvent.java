package org.guildhall.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.guildhall.platform.tenancy.TenantScoped;

/** One audit record, as auditors read it. Written only by {@code AuditTrail}; never changed. */
@Entity
@ReadOnly
@Table(name = "audit_event")
public class AuditEvent extends TenantScoped {

    @Id
    private long seq;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    private String entity;

    @Column(name = "entity_id")
    private String entityId;

    private String action;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    private String hash;

    protected AuditEvent() {
    }

    public long seq() { return seq; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String onBehalfOf() { return onBehalfOf; }
    public String entity() { return entity; }
    public String entityId() { return entityId; }
    public String action() { return action; }
    public String before() { return before; }
    public String after() { return after; }
    public String hash() { return hash; }
}

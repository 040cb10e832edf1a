package org.guildhall.hr.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.platform.tenancy.TenantScoped;

/** One named policy document of a tenant, kept as JSON text. */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicy extends TenantScoped {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private String document;

    @Version
    private long version;

    protected TenantPolicy() {
    }

    public TenantPolicy(String name, String document) {
        this.name = name;
        this.document = document;
    }

    /** Replaces the document; answers whether it changed. */
    public boolean replace(String document) {
        boolean changed = !this.document.equals(document);
        this.document = document;
        return changed;
    }

    public String name() { return name; }
    public String document() { return document; }
    public long version() { return version; }
}

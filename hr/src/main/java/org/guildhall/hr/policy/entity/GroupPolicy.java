package org.guildhall.hr.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** One named policy document a tenant group holds for its members, kept as JSON text. */
@Entity
@Table(name = "tenant_group_policy")
@IdClass(GroupPolicy.Key.class)
public class GroupPolicy {

    /** The group and the policy's name (a plain class: JPA sets its fields). */
    public static class Key implements Serializable {

        private String group;
        private String name;

        public Key() {
        }

        public Key(String group, String name) {
            this.group = group;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(group, key.group) && java.util.Objects.equals(name, key.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(group, name);
        }
    }

    @Id
    @Column(name = "group_code", length = 30)
    private String group;

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private String document;

    @Version
    private long version;

    protected GroupPolicy() {
    }

    public GroupPolicy(String group, String name, String document) {
        this.group = group;
        this.name = name;
        this.document = document;
    }

    /** Replaces the document; answers whether it changed. */
    public boolean replace(String document) {
        boolean changed = !this.document.equals(document);
        this.document = document;
        return changed;
    }

    public String group() { return group; }
    public String name() { return name; }
    public String document() { return document; }
    public long version() { return version; }
}

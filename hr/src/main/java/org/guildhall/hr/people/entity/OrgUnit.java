package org.guildhall.hr.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.platform.tenancy.TenantScoped;

/** A unit of the organisation (directorate, division, team), under its parent, with the cost centre its people cost to. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends TenantScoped {

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "parent_code", length = 32)
    private String parentCode;

    @Column(name = "cost_centre", nullable = false, length = 16)
    private String costCentre;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, String parentCode, String costCentre) {
        this.code = code;
        this.name = name.strip();
        this.parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        this.costCentre = costCentre;
    }

    /** Takes a new name, parent and cost centre; answers whether anything changed. */
    public boolean revise(String name, String parentCode, String costCentre) {
        OrgUnit revised = new OrgUnit(code, name, parentCode, costCentre);
        boolean changed = !this.name.equals(revised.name) || !java.util.Objects.equals(this.parentCode, revised.parentCode)
                || !this.costCentre.equals(revised.costCentre);
        this.name = revised.name;
        this.parentCode = revised.parentCode;
        this.costCentre = revised.costCentre;
        return changed;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String parentCode() { return parentCode; }
    public String costCentre() { return costCentre; }
    public long version() { return version; }
}

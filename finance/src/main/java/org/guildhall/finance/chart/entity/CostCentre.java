package org.guildhall.finance.chart.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.platform.tenancy.TenantScoped;

/** A unit costs and budgets are held against; cost centres form a tree under the tenant's top one. */
@Entity
@Table(name = "cost_centre")
public class CostCentre extends TenantScoped {

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "parent_code", length = 16)
    private String parentCode;

    @Column(name = "budget_holder", length = 64)
    private String budgetHolder;

    @Version
    private long version;

    protected CostCentre() {
    }

    public CostCentre(String code, String name, String parentCode, String budgetHolder) {
        if (code == null || !LedgerAccount.CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("cost centre code must be 1-16 capital letters, digits or -");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("cost centre name is required");
        }
        this.code = code;
        this.name = name.strip();
        this.parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
        this.budgetHolder = budgetHolder == null || budgetHolder.isBlank() ? null : budgetHolder.strip();
    }

    /** Takes a new name, parent and budget holder; answers whether anything changed. */
    public boolean revise(String name, String parentCode, String budgetHolder) {
        CostCentre revised = new CostCentre(code, name, parentCode, budgetHolder);
        boolean changed = !java.util.Objects.equals(this.name, revised.name) || !java.util.Objects.equals(this.parentCode, revised.parentCode)
                || !java.util.Objects.equals(this.budgetHolder, revised.budgetHolder);
        this.name = revised.name;
        this.parentCode = revised.parentCode;
        this.budgetHolder = revised.budgetHolder;
        return changed;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String parentCode() { return parentCode; }
    public String budgetHolder() { return budgetHolder; }
    public long version() { return version; }
}

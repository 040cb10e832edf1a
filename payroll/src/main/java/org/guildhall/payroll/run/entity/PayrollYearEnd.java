package org.guildhall.payroll.run.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.guildhall.platform.tenancy.TenantScoped;

/** A tax year's payroll closed: the P9X uplift applied to the profiles' codes for the next year, by whom and when. */
@Entity
@Table(name = "payroll_year_end")
public class PayrollYearEnd extends TenantScoped {

    @Id
    @Column(name = "tax_year", length = 7)
    private String taxYear;

    @Column(name = "uplift_l", nullable = false)
    private int upliftL;

    @Column(name = "uplift_m", nullable = false)
    private int upliftM;

    @Column(name = "uplift_n", nullable = false)
    private int upliftN;

    @Column(name = "codes_uplifted", nullable = false)
    private int codesUplifted;

    @Column(name = "codes_kept", nullable = false)
    private int codesKept;

    @Column(name = "closed_by", nullable = false, length = 64)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected PayrollYearEnd() {
    }

    public PayrollYearEnd(String taxYear, TaxCodeUplift uplift, int codesUplifted, int codesKept, String closedBy, Instant closedAt) {
        this.taxYear = taxYear;
        this.upliftL = uplift.l();
        this.upliftM = uplift.m();
        this.upliftN = uplift.n();
        this.codesUplifted = codesUplifted;
        this.codesKept = codesKept;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    public String taxYear() { return taxYear; }
    public int upliftL() { return upliftL; }
    public int upliftM() { return upliftM; }
    public int upliftN() { return upliftN; }
    public int codesUplifted() { return codesUplifted; }
    public int codesKept() { return codesKept; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }

    public JsonObject state() {
        return Json.createObjectBuilder().add("taxYear", taxYear).add("uplift", Json.createObjectBuilder().add("L", upliftL)
                .add("M", upliftM).add("N", upliftN)).add("codesUplifted", codesUplifted).add("codesKept", codesKept).build();
    }
}

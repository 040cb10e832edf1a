package org.guildhall.payroll.run.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * The employer's PAYE references from HMRC: the tax office number and reference (the employer PAYE reference, shown as
 * {@code 123/AB456}) and the accounts office reference. P45s, P60s and Full Payment Submissions carry them.
 */
@Entity
@Table(name = "paye_reference")
public class PayeReference extends TenantScoped {

    public static final String SCHEME = "PAYE";

    @Id
    @Column(length = 4)
    private String scheme = SCHEME;

    @Column(name = "tax_office_number", nullable = false, length = 3)
    private String taxOfficeNumber;

    @Column(name = "tax_office_reference", nullable = false, length = 10)
    private String taxOfficeReference;

    @Column(name = "accounts_office_reference", nullable = false, length = 13)
    private String accountsOfficeReference;

    @Version
    private long version;

    protected PayeReference() {
    }

    public PayeReference(String taxOfficeNumber, String taxOfficeReference, String accountsOfficeReference) {
        replace(taxOfficeNumber, taxOfficeReference, accountsOfficeReference);
    }

    public void replace(String taxOfficeNumber, String taxOfficeReference, String accountsOfficeReference) {
        this.taxOfficeNumber = taxOfficeNumber;
        this.taxOfficeReference = taxOfficeReference;
        this.accountsOfficeReference = accountsOfficeReference;
    }

    public String taxOfficeNumber() {
        return taxOfficeNumber;
    }

    public String taxOfficeReference() {
        return taxOfficeReference;
    }

    public String accountsOfficeReference() {
        return accountsOfficeReference;
    }

    /** The employer PAYE reference as forms print it: {@code 123/AB456}. */
    public String employerReference() {
        return taxOfficeNumber + "/" + taxOfficeReference;
    }

    public long version() {
        return version;
    }

    /** What the audit keeps and readers see. */
    public JsonObject state() {
        return Json.createObjectBuilder().add("taxOfficeNumber", taxOfficeNumber).add("taxOfficeReference", taxOfficeReference)
                .add("accountsOfficeReference", accountsOfficeReference).build();
    }
}

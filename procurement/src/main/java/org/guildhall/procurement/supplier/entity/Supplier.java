package org.guildhall.procurement.supplier.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * Someone the tenant buys from: who they are (Companies House and VAT numbers, each unique in the tenant), where to
 * send the remittance, how soon to pay (payment terms; an SME is paid within 5 days), and a phone number on file to
 * call back when bank details change.
 */
@Entity
@Table(name = "supplier")
public class Supplier extends TenantScoped {

    @Id
    private Long id;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "company_number", length = 8)
    private String companyNumber;

    @Column(name = "vat_number", length = 14)
    private String vatNumber;

    @Column(name = "address_lines", nullable = false, length = 400)
    private String addressLines;

    @Column(length = 8)
    private String postcode;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(nullable = false)
    private boolean sme;

    @Column(name = "framework_supplier_id")
    private Long frameworkSupplierId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Supplier() {
    }

    /** A supplier's details, already checked and in their stored form. */
    public record Details(String name, String companyNumber, String vatNumber, List<String> addressLines, String postcode, String email,
                          String phone, int paymentTermsDays, boolean sme) {

        public Details {
            addressLines = List.copyOf(addressLines);
        }
    }

    /** Made from the group's framework supplier {@code framework}, which the tenant adopted. */
    public void adoptedFrom(long framework) {
        frameworkSupplierId = framework;
    }

    public Long frameworkSupplierId() {
        return frameworkSupplierId;
    }

    public Supplier(long id, Details details, String createdBy, Instant createdAt) {
        this.id = id;
        this.name = details.name();
        this.companyNumber = details.companyNumber();
        this.vatNumber = details.vatNumber();
        this.addressLines = String.join("\n", details.addressLines());
        this.postcode = details.postcode();
        this.email = details.email();
        this.phone = details.phone();
        this.paymentTermsDays = details.paymentTermsDays();
        this.sme = details.sme();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Details details() {
        return new Details(name, companyNumber, vatNumber, List.of(addressLines.split("\n")), postcode, email, phone, paymentTermsDays, sme);
    }

    public JsonObject state() {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        details().addressLines().forEach(lines::add);
        var json = Json.createObjectBuilder().add("id", id).add("name", name).add("address", Json.createObjectBuilder().add("lines", lines)
                .add("postcode", postcode == null ? "" : postcode)).add("email", email).add("paymentTermsDays", paymentTermsDays).add("sme", sme);
        if (companyNumber != null) {
            json.add("companyNumber", companyNumber);
        }
        if (vatNumber != null) {
            json.add("vatNumber", vatNumber);
        }
        if (phone != null) {
            json.add("phone", phone);
        }
        return json.build();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String companyNumber() { return companyNumber; }
    public String vatNumber() { return vatNumber; }
    public String email() { return email; }
    public String phone() { return phone; }
    public int paymentTermsDays() { return paymentTermsDays; }
    public boolean sme() { return sme; }
    public long version() { return version; }
}

package org.guildhall.finance.chart.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import org.guildhall.platform.tenancy.TenantScoped;

/** An account of the tenant's chart. Header accounts group others and cannot be posted to. */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount extends TenantScoped {

    public static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{0,15}");

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountType type;

    @Column(nullable = false)
    private boolean postable;

    @Column(length = 32)
    private String purpose;

    @Version
    private long version;

    protected LedgerAccount() {
    }

    public LedgerAccount(String code, String name, AccountType type, boolean postable, String purpose) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("account code must be 1-16 capital letters, digits or -, starting with a letter or digit");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("account name is required");
        }
        this.code = code;
        this.name = name.strip();
        this.type = java.util.Objects.requireNonNull(type, "type");
        this.postable = postable;
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose;
    }

    public String code() { return code; }
    public String name() { return name; }
    public AccountType type() { return type; }
    public boolean postable() { return postable; }
    public String purpose() { return purpose; }
    public long version() { return version; }
}

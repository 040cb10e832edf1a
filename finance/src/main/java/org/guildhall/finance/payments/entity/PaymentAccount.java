package org.guildhall.finance.payments.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.platform.payments.Bacs18;
import org.guildhall.platform.tenancy.TenantScoped;

/** A bank account of the tenant's that payments leave from, for one purpose, with the BACS service user number submitting them. */
@Entity
@Table(name = "payment_account")
public class PaymentAccount extends TenantScoped {

    /** What the account pays: payroll's net pay, or suppliers. */
    public enum Purpose { PAYROLL, SUPPLIERS }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Purpose purpose;

    @Column(name = "sort_code", nullable = false, length = 6)
    private String sortCode;

    @Column(name = "account_number", nullable = false, length = 8)
    private String accountNumber;

    @Column(name = "account_name", nullable = false, length = 18)
    private String accountName;

    @Column(name = "service_user_number", nullable = false, length = 6)
    private String serviceUserNumber;

    @Version
    private long version;

    protected PaymentAccount() {
    }

    public PaymentAccount(Purpose purpose, Bacs18.Originator originator) {
        this.purpose = purpose;
        replace(originator);
    }

    public void replace(Bacs18.Originator originator) {
        sortCode = originator.sortCode();
        accountNumber = originator.accountNumber();
        accountName = originator.accountName();
        serviceUserNumber = originator.serviceUserNumber();
    }

    public Purpose purpose() {
        return purpose;
    }

    public Bacs18.Originator originator() {
        return new Bacs18.Originator(sortCode, accountNumber, accountName, serviceUserNumber);
    }

    public long version() {
        return version;
    }

    /** What the audit keeps and readers see. */
    public JsonObject state() {
        return Json.createObjectBuilder().add("purpose", purpose.name()).add("sortCode", sortCode).add("accountNumber", accountNumber)
                .add("accountName", accountName).add("serviceUserNumber", serviceUserNumber).build();
    }
}

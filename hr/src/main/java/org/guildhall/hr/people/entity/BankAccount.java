package org.guildhall.hr.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guildhall.platform.domain.SecondPerson;
import org.guildhall.platform.payments.SealedAccount;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * Where an employee is paid. The numbers are held encrypted; a new or changed account awaits confirmation by a
 * second person before payroll may use it.
 */
@Entity
@Table(name = "employee_bank_account")
public class BankAccount extends TenantScoped {

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @jakarta.persistence.Embedded
    private SealedAccount account;

    @jakarta.persistence.Embedded
    private SecondPerson change;

    @Version
    private long version;

    protected BankAccount() {
    }

    public BankAccount(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    /** New details, sealed by the caller; whatever was confirmed before no longer counts. */
    public void change(SealedAccount account, String by, Instant at) {
        this.account = account;
        this.change = SecondPerson.changed(by, at);
    }

    /** Confirms the change: 409 when already confirmed, 403 when asked by whoever made it. */
    public void confirm(String by, Instant at) {
        change.confirm(by, at, "bank details");
    }

    public String employeeNumber() { return employeeNumber; }
    public SealedAccount account() { return account; }
    public boolean confirmed() { return change.confirmed(); }
    public SecondPerson change() { return change; }
    public long version() { return version; }
}

package org.guildhall.hr.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guildhall.platform.domain.SecondPerson;
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

    @Column(name = "sort_code", nullable = false, length = 200)
    private String sortCode;

    @Column(name = "account_number", nullable = false, length = 200)
    private String accountNumber;

    @Column(name = "account_name", nullable = false, length = 18)
    private String accountName;

    @Column(name = "last_digits", nullable = false, length = 4)
    private String lastDigits;

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
    public void change(String sealedSortCode, String sealedAccountNumber, String accountName, String lastDigits, String by, Instant at) {
        this.sortCode = sealedSortCode;
        this.accountNumber = sealedAccountNumber;
        this.accountName = accountName;
        this.lastDigits = lastDigits;
        this.change = SecondPerson.changed(by, at);
    }

    /** Confirms the change: 409 when already confirmed, 403 when asked by whoever made it. */
    public void confirm(String by, Instant at) {
        change.confirm(by, at, "bank details");
    }

    public String employeeNumber() { return employeeNumber; }
    public String sortCode() { return sortCode; }
    public String accountNumber() { return accountNumber; }
    public String accountName() { return accountName; }
    public String lastDigits() { return lastDigits; }
    public boolean confirmed() { return change.confirmed(); }
    public SecondPerson change() { return change; }
    public long version() { return version; }
}

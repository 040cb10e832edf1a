package org.guildhall.hr.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * Where an employee is paid. The numbers are held encrypted; a new or changed account awaits confirmation by a
 * second person before payroll may use it.
 */
@Entity
@Table(name = "employee_bank_account")
public class BankAccount extends TenantScoped {

    public enum Status { AWAITING_CONFIRMATION, CONFIRMED }

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

    @Column(nullable = false, length = 24)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

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
        this.status = Status.AWAITING_CONFIRMATION;
        this.changedBy = by;
        this.changedAt = at;
        this.confirmedBy = null;
        this.confirmedAt = null;
    }

    /** Confirms the change; refused when already confirmed, or when asked by whoever made the change. */
    public void confirm(String by, Instant at) {
        if (status == Status.CONFIRMED) {
            throw new IllegalStateException("already confirmed");
        }
        if (by.equals(changedBy)) {
            throw new SecurityException("the person who changed bank details cannot confirm them");
        }
        status = Status.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    public String employeeNumber() { return employeeNumber; }
    public String sortCode() { return sortCode; }
    public String accountNumber() { return accountNumber; }
    public String accountName() { return accountName; }
    public String lastDigits() { return lastDigits; }
    public Status status() { return status; }
    public String changedBy() { return changedBy; }
    public String confirmedBy() { return confirmedBy; }
    public long version() { return version; }
}

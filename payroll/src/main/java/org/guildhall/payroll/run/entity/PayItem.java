package org.guildhall.payroll.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/** A variable item put into a run for one employee: an amount, or hours at a rate; its kind is a pay element. */
@Entity
@Table(name = "pay_item")
public class PayItem extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "employee_number", nullable = false, length = 32)
    private String employeeNumber;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(precision = 9, scale = 2)
    private BigDecimal hours;

    @Column(precision = 19, scale = 4)
    private BigDecimal rate;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected PayItem() {
    }

    public PayItem(long runId, String employeeNumber, String kind, String description, Money amount, BigDecimal hours,
                   BigDecimal rate, String addedBy, Instant addedAt) {
        this.runId = runId;
        this.employeeNumber = employeeNumber;
        this.kind = kind;
        this.description = description;
        this.amount = amount.amount();
        this.hours = hours;
        this.rate = rate;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() { return id; }
    public long runId() { return runId; }
    public String employeeNumber() { return employeeNumber; }
    public String kind() { return kind; }
    public String description() { return description; }
    public Money amount() { return Money.of(amount); }
    public BigDecimal hours() { return hours; }
    public BigDecimal rate() { return rate; }
    public String addedBy() { return addedBy; }
}

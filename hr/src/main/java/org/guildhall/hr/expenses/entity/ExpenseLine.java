package org.guildhall.hr.expenses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/** One thing claimed for: what, when, how much (VAT within it), and for mileage the miles and the vehicle. */
@Entity
@Table(name = "expense_line")
@IdClass(ExpenseLine.Key.class)
public class ExpenseLine extends TenantScoped {

    /** The line's identity within its tenant: its claim and its number there. */
    public static class Key implements Serializable {
        private Long claimId;
        private int lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(claimId, key.claimId) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, lineNo);
        }
    }

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, length = 16)
    private String category;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal vat;

    @Column(precision = 9, scale = 1)
    private BigDecimal miles;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Mileage.Vehicle vehicle;

    @Column(nullable = false)
    private boolean london;

    @Column(length = 300)
    private String breach;

    protected ExpenseLine() {
    }

    public ExpenseLine(Long claimId, int lineNo, LocalDate spentOn, String category, String description, Money amount, Money vat,
                       BigDecimal miles, Mileage.Vehicle vehicle, boolean london, String breach) {
        this.claimId = claimId;
        this.lineNo = lineNo;
        this.spentOn = spentOn;
        this.category = category;
        this.description = description;
        this.amount = amount.amount();
        this.vat = vat.amount();
        this.miles = miles;
        this.vehicle = vehicle;
        this.london = london;
        this.breach = breach;
    }

    /** A mileage line priced again (more miles may have been claimed since the draft was made). */
    public void reprice(Money amount) {
        this.amount = amount.amount();
    }

    public Long claimId() { return claimId; }
    public int lineNo() { return lineNo; }
    public LocalDate spentOn() { return spentOn; }
    public String category() { return category; }
    public String description() { return description; }
    public Money amount() { return Money.of(amount); }
    public Money vat() { return Money.of(vat); }
    public Money net() { return Money.of(amount.subtract(vat)); }
    public BigDecimal miles() { return miles; }
    public Mileage.Vehicle vehicle() { return vehicle; }
    public boolean london() { return london; }
    public String breach() { return breach; }
}

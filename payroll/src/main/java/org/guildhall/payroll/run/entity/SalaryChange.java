package org.guildhall.payroll.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.guildhall.platform.tenancy.TenantScoped;

/** A change of an employee's full-time salary and FTE from a date, with what held before it. Never changed once made. */
@Entity
@Table(name = "salary_change")
@IdClass(SalaryChange.Key.class)
public class SalaryChange extends TenantScoped {

    /** The key within a tenant. */
    public static class Key implements Serializable {
        private String employeeNumber;
        private LocalDate effectiveFrom;

        public Key() {
        }

        public Key(String employeeNumber, LocalDate effectiveFrom) {
            this.employeeNumber = employeeNumber;
            this.effectiveFrom = effectiveFrom;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(employeeNumber, key.employeeNumber) && Objects.equals(effectiveFrom, key.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeNumber, effectiveFrom);
        }
    }

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "salary_before", nullable = false, precision = 19, scale = 2)
    private BigDecimal salaryBefore;

    @Column(name = "fte_before", nullable = false, precision = 5, scale = 4)
    private BigDecimal fteBefore;

    @Column(name = "annual_salary", nullable = false, precision = 19, scale = 2)
    private BigDecimal annualSalary;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal fte;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SalaryChange() {
    }

    public SalaryChange(String employeeNumber, LocalDate effectiveFrom, BigDecimal salaryBefore, BigDecimal fteBefore,
                        BigDecimal annualSalary, BigDecimal fte, String recordedBy, Instant recordedAt) {
        this.employeeNumber = employeeNumber;
        this.effectiveFrom = effectiveFrom;
        this.salaryBefore = salaryBefore;
        this.fteBefore = fteBefore;
        this.annualSalary = annualSalary;
        this.fte = fte;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String employeeNumber() { return employeeNumber; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public BigDecimal salaryBefore() { return salaryBefore; }
    public BigDecimal fteBefore() { return fteBefore; }
    public BigDecimal annualSalary() { return annualSalary; }
    public BigDecimal fte() { return fte; }
    public String recordedBy() { return recordedBy; }
}

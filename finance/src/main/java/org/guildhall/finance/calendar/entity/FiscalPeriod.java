package org.guildhall.finance.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.guildhall.platform.tenancy.TenantScoped;

/** One month of a fiscal year. A closed period takes no postings until a finance user reopens it. */
@Entity
@Table(name = "fiscal_period")
@IdClass(FiscalPeriod.Key.class)
public class FiscalPeriod extends TenantScoped {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Id
    private int number;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodStatus status;

    @Version
    private long version;

    protected FiscalPeriod() {
    }

    public FiscalPeriod(int fiscalYear, int number) {
        if (number < 1 || number > FiscalYear.PERIODS) {
            throw new IllegalArgumentException("period must be from 1 to 12");
        }
        this.fiscalYear = FiscalYear.checked(fiscalYear);
        this.number = number;
        this.start = FiscalYear.periodStart(fiscalYear, number);
        this.end = FiscalYear.periodEnd(fiscalYear, number);
        this.status = PeriodStatus.OPEN;
    }

    /** Answers false when the period was closed already. */
    public boolean close() {
        if (status == PeriodStatus.CLOSED) {
            return false;
        }
        status = PeriodStatus.CLOSED;
        return true;
    }

    /** Answers false when the period was open already. */
    public boolean reopen() {
        if (status == PeriodStatus.OPEN) {
            return false;
        }
        status = PeriodStatus.OPEN;
        return true;
    }

    public int fiscalYear() { return fiscalYear; }
    public int number() { return number; }
    public LocalDate start() { return start; }
    public LocalDate end() { return end; }
    public PeriodStatus status() { return status; }
    public boolean isOpen() { return status == PeriodStatus.OPEN; }

    /** The composite identity: year and period number (the tenant is the persistence context's). */
    public static class Key implements Serializable {
        private int fiscalYear;
        private int number;

        public Key() {
        }

        public Key(int fiscalYear, int number) {
            this.fiscalYear = fiscalYear;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.fiscalYear == fiscalYear && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fiscalYear, number);
        }
    }
}

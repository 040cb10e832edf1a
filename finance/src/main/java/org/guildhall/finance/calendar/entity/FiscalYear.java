package org.guildhall.finance.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.guildhall.platform.tenancy.TenantScoped;
import org.guildhall.platform.time.BusinessCalendar;

/** A UK government financial year: 1 April to 31 March, named by the calendar year it starts in. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear extends TenantScoped {

    public static final int PERIODS = 12;

    @Id
    @Column(name = "fiscal_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodStatus status;

    @Version
    private long version;

    protected FiscalYear() {
    }

    public FiscalYear(int year) {
        this.year = checked(year);
        this.status = PeriodStatus.OPEN;
    }

    public static int checked(int year) {
        if (year < 2000 || year > 2199) {
            throw new IllegalArgumentException("fiscal year must be from 2000 to 2199");
        }
        return year;
    }

    /** The fiscal year a date falls in: 2026 runs from 1 April 2026 to 31 March 2027. */
    public static int of(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    /** The fiscal year of today's business date (London), the default wherever a fiscal year may be left out. */
    public static int current(Clock clock) {
        return of(BusinessCalendar.today(clock));
    }

    /** The period (1 April = period 1, March = period 12) a date falls in. */
    public static int periodOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 + 1;
    }

    public static LocalDate periodStart(int year, int period) {
        return LocalDate.of(year, Month.APRIL, 1).plusMonths(period - 1L);
    }

    public static LocalDate periodEnd(int year, int period) {
        return periodStart(year, period).plusMonths(1).minusDays(1);
    }

    /** Year end: no period may be reopened and nothing posted to the year after this. */
    public void close() {
        if (status == PeriodStatus.CLOSED) {
            throw new IllegalStateException("already closed");
        }
        status = PeriodStatus.CLOSED;
    }

    public int year() { return year; }
    public PeriodStatus status() { return status; }
    public boolean isClosed() { return status == PeriodStatus.CLOSED; }
}

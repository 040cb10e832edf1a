package org.guildhall.payroll.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A tenant's pay schedule as stored: a code employees' profiles name, the frequency and the pay day
 * ({@code LAST_WORKING_DAY}, a day of the month, or for weekly-based payrolls a weekday, from the first pay date on).
 */
@Entity
@Table(name = "pay_schedule")
public class PayrollSchedule extends TenantScoped {

    public static final String LAST_WORKING_DAY = "LAST_WORKING_DAY";
    /** Every tenant starts with this one. */
    public static final String MONTHLY = "MONTHLY";

    @Id
    @Column(length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PayFrequency frequency;

    @Column(name = "pay_day", nullable = false, length = 16)
    private String payDay;

    @Column(name = "first_pay_date")
    private LocalDate firstPayDate;

    @Version
    private long version;

    protected PayrollSchedule() {
    }

    public PayrollSchedule(String code, PayFrequency frequency, String payDay, LocalDate firstPayDate) {
        this.code = code;
        set(frequency, payDay, firstPayDate);
    }

    /** Monthly on the last working day. */
    public static PayrollSchedule standardMonthly() {
        return new PayrollSchedule(MONTHLY, PayFrequency.MONTHLY, LAST_WORKING_DAY, null);
    }

    /**
     * Changes the schedule; a weekly-based one without a first pay date is paid from the first such weekday on or
     * after 6 April 2026. Answers whether anything changed.
     */
    public boolean set(PayFrequency frequency, String payDay, LocalDate firstPayDate) {
        LocalDate first = frequency.weekBased() && firstPayDate == null
                ? LocalDate.of(2026, 4, 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(payDay))) : firstPayDate;
        first = frequency.weekBased() ? first : null;
        boolean changed = frequency != this.frequency || !payDay.equals(this.payDay) || !java.util.Objects.equals(first, this.firstPayDate);
        this.frequency = frequency;
        this.payDay = payDay;
        this.firstPayDate = first;
        return changed;
    }

    /** The dates this schedule pays on. */
    public PaySchedule schedule() {
        if (frequency.weekBased()) {
            return PaySchedule.every(frequency, firstPayDate);
        }
        return LAST_WORKING_DAY.equals(payDay) ? PaySchedule.monthlyOnLastWorkingDay() : PaySchedule.monthlyOn(Integer.parseInt(payDay));
    }

    public String code() { return code; }
    public PayFrequency frequency() { return frequency; }
    public String payDay() { return payDay; }
    public LocalDate firstPayDate() { return firstPayDate; }
    public long version() { return version; }
}

package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.run.entity.PayDate;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.tenant.control.TenantOnboarded;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.TaxYear;
import org.guildhall.platform.time.WorkingDays;

/** A tenant's pay schedules: every tenant starts with MONTHLY (last working day); payroll admins add and change them. */
@ApplicationScoped
public class PaySchedules {

    /** Pay days are moved off the bank holidays of England and Wales. */
    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    void onboard(@Observes TenantOnboarded tenant) {
        em.persist(PayrollSchedule.standardMonthly());
        em.flush();
    }

    public List<PayrollSchedule> all() {
        return em.createQuery("select s from PayrollSchedule s order by s.code", PayrollSchedule.class).getResultList();
    }

    public PayrollSchedule find(String code) {
        PayrollSchedule schedule = code == null ? null : em.find(PayrollSchedule.class, code);
        if (schedule == null) {
            throw new Absent("There is no pay schedule " + code + ".");
        }
        return schedule;
    }

    /**
     * Creates or changes a schedule. {@code payDay} is LAST_WORKING_DAY or a day of the month for a monthly payroll,
     * a weekday (FRIDAY) for the others, paid from {@code firstPayDate} (by default the first such weekday from 6 April
     * 2026). A schedule with runs keeps its frequency.
     */
    public PayrollSchedule put(String code, String frequencyName, String payDay, LocalDate firstPayDate) {
        List<InvalidInput.Field> errors = new java.util.ArrayList<>();
        if (code == null || !code.matches("[A-Z][A-Z0-9_-]{0,15}")) {
            errors.add(new InvalidInput.Field("code", "Use capital letters, digits, hyphens or underscores, up to 16, starting with a letter"));
        }
        PayFrequency frequency = null;
        try {
            frequency = PayFrequency.valueOf(frequencyName == null ? "" : frequencyName.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.Field("frequency", "Choose WEEKLY, FORTNIGHTLY, FOUR_WEEKLY or MONTHLY"));
        }
        String day = payDay == null ? "" : payDay.strip().toUpperCase(Locale.ROOT);
        if (frequency == PayFrequency.MONTHLY && !day.equals(PayrollSchedule.LAST_WORKING_DAY) && !day.matches("[1-9]|[12][0-9]|3[01]")) {
            errors.add(new InvalidInput.Field("payDay", "A monthly payroll is paid on LAST_WORKING_DAY or a day of the month from 1 to 31"));
        } else if (frequency != null && frequency.weekBased() && !isWeekday(day)) {
            errors.add(new InvalidInput.Field("payDay", "A " + frequency.described() + " payroll is paid on a weekday, such as FRIDAY"));
        } else if (frequency != null && frequency.weekBased() && firstPayDate != null && !firstPayDate.getDayOfWeek().name().equals(day)) {
            errors.add(new InvalidInput.Field("firstPayDate", "The first pay date is a " + firstPayDate.getDayOfWeek().name()
                    + ", not the pay day " + day));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        PayrollSchedule schedule = em.find(PayrollSchedule.class, code);
        if (schedule == null) {
            schedule = new PayrollSchedule(code, frequency, day, firstPayDate);
            em.persist(schedule);
            em.flush();
            audit.record("PaySchedule", code, "CREATE", null, state(schedule));
            return schedule;
        }
        if (schedule.frequency() != frequency && hasRuns(code)) {
            throw new StateConflict("The schedule " + code + " has payroll runs, so it stays " + schedule.frequency().described()
                    + ": make a new schedule and move people to it.");
        }
        JsonObject before = state(schedule);
        if (schedule.set(frequency, day, firstPayDate)) {
            em.flush();
            audit.record("PaySchedule", code, "UPDATE", before, state(schedule));
        }
        return schedule;
    }

    /** Whether {@code day} is a working day, when a payment can be made. */
    public boolean workingDay(LocalDate day) {
        return WORKING_DAYS.onOrBefore(day).equals(day);
    }

    /** The payments of a schedule in a tax year. */
    public List<PayDate> payDates(PayrollSchedule schedule, TaxYear year) {
        return schedule.schedule().payDates(year, WORKING_DAYS);
    }

    private boolean hasRuns(String code) {
        return em.createQuery("select count(r) from PayrollRun r where r.schedule = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    private static boolean isWeekday(String day) {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (weekday.name().equals(day)) {
                return true;
            }
        }
        return false;
    }

    public static JsonObject state(PayrollSchedule schedule) {
        var json = Json.createObjectBuilder().add("code", schedule.code()).add("frequency", schedule.frequency().name())
                .add("payDay", schedule.payDay());
        if (schedule.firstPayDate() != null) {
            json.add("firstPayDate", schedule.firstPayDate().toString());
        }
        return json.build();
    }
}

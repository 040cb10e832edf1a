package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.hr.leave.entity.WorkPattern;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.InTenant;

/** Each employee's working pattern, the hours of each weekday, which decides what their leave costs. HR sets it. */
@ApplicationScoped
@Transactional
@InTenant
public class WorkPatterns {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    /** The employee's working pattern: as set by HR, or their weekly hours over Monday to Friday. */
    public Map<DayOfWeek, BigDecimal> pattern(Employee employee) {
        WorkPattern pattern = em.find(WorkPattern.class, employee.employeeNumber());
        return pattern != null ? pattern.hours() : WorkingTime.mondayToFriday(employee.details().weeklyHours());
    }

    public Map<DayOfWeek, BigDecimal> setPattern(String employeeNumber, Map<DayOfWeek, BigDecimal> hours) {
        Employee employee = people.find(employeeNumber);
        if (employeeNumber.equals(me.employeeNumber().orElse(null))) {
            throw new NotPermitted("Your own working pattern decides what your leave costs: another HR admin changes it.");
        }
        List<InvalidInput.Field> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<DayOfWeek, BigDecimal> day : hours.entrySet()) {
            if (day.getValue().signum() < 0 || day.getValue().compareTo(BigDecimal.valueOf(24)) > 0 || day.getValue().scale() > 2) {
                problems.add(new InvalidInput.Field(day.getKey().name().toLowerCase(Locale.ROOT), "Enter hours from 0 to 24, to two decimal places"));
            }
            total = total.add(day.getValue());
        }
        if (problems.isEmpty() && total.signum() == 0) {
            problems.add(new InvalidInput.Field("monday", "Enter the hours of at least one working day"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("The working pattern has invalid fields.", problems);
        }
        WorkPattern existing = em.find(WorkPattern.class, employeeNumber);
        JsonObject before = existing == null ? null : pattern(existing.hours());
        if (existing == null) {
            em.persist(new WorkPattern(employeeNumber, hours));
        } else {
            existing.replace(hours);
        }
        em.flush();
        audit.record("WorkPattern", employeeNumber, existing == null ? "CREATE" : "UPDATE", before, pattern(hours));
        return pattern(employee);
    }

    private static JsonObject pattern(Map<DayOfWeek, BigDecimal> hours) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        hours.forEach((day, h) -> json.add(day.name().toLowerCase(Locale.ROOT), h.stripTrailingZeros().toPlainString()));
        return json.build();
    }

    public Map<DayOfWeek, BigDecimal> pattern(String employeeNumber) {
        return pattern(people.find(employeeNumber));
    }
}

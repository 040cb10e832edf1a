package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.payroll.run.entity.SalaryChange;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;

/**
 * Changes of salary from a date. The employee record takes the new salary (through HR's own change, checked and
 * audited as any other), and the change keeps what held before, so a run pays each day of a period at the salary in
 * force that day. Changes are made in date order: one dated before the latest is refused.
 */
@ApplicationScoped
public class SalaryChanges {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<SalaryChange> of(String employeeNumber) {
        people.find(employeeNumber);
        return em.createQuery("select c from SalaryChange c where c.employeeNumber = :number order by c.effectiveFrom", SalaryChange.class)
                .setParameter("number", employeeNumber).getResultList();
    }

    public SalaryChange record(String employeeNumber, LocalDate from, Money annualSalary, BigDecimal fte) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInput.Field("effectiveFrom", "Enter the date the new salary starts, such as 2026-10-15"));
        }
        if (annualSalary == null) {
            errors.add(new InvalidInput.Field("annualSalary", "Enter the new full-time annual salary, such as 36000.00"));
        }
        if (fte != null && (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.stripTrailingZeros().scale() > 4)) {
            errors.add(new InvalidInput.Field("fte", "FTE is more than 0 and at most 1, with at most four decimals"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        Employee employee = people.hold(employeeNumber);
        EmployeeDetails now = employee.details();
        if (from.isBefore(now.startDate())) {
            throw new RuleRefused("A new salary cannot start before the employment did, on " + now.startDate() + ".");
        }
        LocalDate latest = em.createQuery("select max(c.effectiveFrom) from SalaryChange c where c.employeeNumber = :number", LocalDate.class)
                .setParameter("number", employeeNumber).getSingleResult();
        if (latest != null && !from.isAfter(latest)) {
            throw new RuleRefused("The latest salary change starts on " + latest + ": a new one must start after it.");
        }
        BigDecimal newFte = fte == null ? now.fte() : fte;
        people.change(employeeNumber, employee.version(), new EmployeeDetails(now.employeeNumber(), now.givenName(), now.familyName(),
                now.email(), now.niNumber(), now.dateOfBirth(), now.startDate(), now.endDate(), now.orgUnit(), now.costCentre(),
                now.managerNumber(), now.nation(), newFte, now.weeklyHours(), now.grade(), annualSalary));
        SalaryChange change = new SalaryChange(employeeNumber, from, now.annualSalary().amount(), now.fte(), annualSalary.amount(), newFte,
                me.username(), clock.instant());
        em.persist(change);
        em.flush();
        audit.record("SalaryChange", employeeNumber + "/" + from, "CREATE", null, Json.createObjectBuilder()
                .add("employeeNumber", employeeNumber).add("effectiveFrom", from.toString())
                .add("salaryBefore", now.annualSalary().toString()).add("fteBefore", now.fte().toPlainString())
                .add("annualSalary", annualSalary.toString()).add("fte", newFte.toPlainString()).build());
        return change;
    }
}

package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.hr.leave.entity.LeaveDelegation;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * A manager names someone to decide for them from one date to another, and withdraws it. The approvals rule
 * ({@code hr.approval.control.Approvals}) reads these for leave requests and expense claims alike.
 */
@ApplicationScoped
@Transactional
@InTenant
public class Delegations {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    LeaveQueries queries;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Notice> notices;

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    /** The caller, as a manager, names someone to decide their team's requests from one date to another. */
    public LeaveDelegation delegate(String delegateNumber, LocalDate from, LocalDate to) {
        String manager = me.requireEmployeeNumber();
        List<InvalidInput.Field> problems = new ArrayList<>();
        if (delegateNumber == null || em.find(Employee.class, delegateNumber) == null) {
            problems.add(new InvalidInput.Field("delegateNumber", "There is no employee " + delegateNumber));
        } else if (delegateNumber.equals(manager)) {
            problems.add(new InvalidInput.Field("delegateNumber", "Name someone other than yourself"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new InvalidInput.Field("to", "The end date must be on or after the start date"));
        }
        if (to != null && to.isBefore(queries.today())) {
            problems.add(new InvalidInput.Field("to", "The end date must be today or later"));
        }
        if (!problems.isEmpty()) {
            throw new RuleRefused("The delegation cannot be made.", problems);
        }
        LeaveDelegation delegation = new LeaveDelegation(manager, delegateNumber, from, to, me.username(), clock.instant());
        em.persist(delegation);
        em.flush();
        audit.record("LeaveDelegation", delegation.id().toString(), "CREATE", null, Json.createObjectBuilder()
                .add("managerNumber", manager).add("delegateNumber", delegateNumber).add("from", from.toString()).add("to", to.toString())
                .build());
        EmployeeDetails by = people.find(manager).details();
        notices.fire(new Notice(delegateNumber, Leave.name(by) + " asked you to decide their team's leave requests",
                "From " + LeaveRequest.DAY.format(from) + " to " + LeaveRequest.DAY.format(to) + ". Their team's requests will be in your approvals list.",
                "/leave/" + session.current() + "/approvals"));
        return delegation;
    }

    /** Delegations the caller made or received that have not ended or been withdrawn. */
    public List<LeaveDelegation> delegations() {
        String mine = me.requireEmployeeNumber();
        return em.createQuery("select d from LeaveDelegation d where (d.managerNumber = :me or d.delegateNumber = :me) "
                        + "and d.withdrawn = false and d.toDate >= :today order by d.fromDate", LeaveDelegation.class)
                .setParameter("me", mine).setParameter("today", queries.today()).getResultList();
    }

    public LeaveDelegation withdraw(long id) {
        LeaveDelegation delegation = em.find(LeaveDelegation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delegation == null || !delegation.managerNumber().equals(me.employeeNumber().orElse(null))) {
            throw new Absent("There is no delegation " + id + " of yours.");
        }
        if (delegation.withdrawn()) {
            throw new StateConflict("This delegation was already withdrawn.");
        }
        JsonObject before = Json.createObjectBuilder().add("managerNumber", delegation.managerNumber())
                .add("delegateNumber", delegation.delegateNumber()).add("from", delegation.from().toString())
                .add("to", delegation.to().toString()).add("withdrawn", false).build();
        delegation.withdraw();
        em.flush();
        audit.record("LeaveDelegation", delegation.id().toString(), "WITHDRAW", before,
                Json.createObjectBuilder(before).add("withdrawn", true).build());
        return delegation;
    }
}

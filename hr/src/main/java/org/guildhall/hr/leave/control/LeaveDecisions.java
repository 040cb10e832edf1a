package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.Refusal;
import org.guildhall.hr.approval.entity.Subject;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * Deciding and cancelling leave requests, and the queue of requests waiting for the caller. Who may decide is
 * {@link Approvals}' rule; a decision or cancellation holds the request's row, so of two managers deciding at once
 * exactly one finds it still pending.
 */
@ApplicationScoped
@Transactional
@InTenant
public class LeaveDecisions {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    LeaveQueries queries;

    @Inject
    Approvals approvals;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Notice> notices;

    @Inject
    Clock clock;

    /** Approves or rejects a pending request: its employee's line manager, or the manager's delegate today, only. */
    public LeaveRequest decide(long id, boolean approve, String reason) {
        LeaveRequest request = approvals.hold(LeaveRequest.class, id);
        Employee employee = request == null ? null : em.find(Employee.class, request.employeeNumber());
        if (request == null || !queries.maySee(request, employee)) {
            throw new Absent("There is no leave request " + id + ".");
        }
        Optional<Refusal> refusal = approvals.caller().refusal(subject(request, employee), null);
        if (refusal.isPresent()) {
            throw new NotPermitted(switch (refusal.get()) {
                case OWN -> "You cannot decide your own leave request.";
                case NOT_APPROVER -> "Only " + Leave.name(employee.details()) + "'s line manager, or someone they named to act for them, "
                        + "can decide this request.";
                case PREPARER -> "You booked this leave on " + employee.details().givenName() + "'s behalf, so someone else decides it.";
            });
        }
        request.ensurePending();
        String why = approvals.reason(approve, reason, employee.details().givenName());
        JsonObject before = Leave.state(request);
        if (approve) {
            request.approve(me.username(), clock.instant(), why);
        } else {
            request.reject(me.username(), clock.instant(), why);
        }
        em.flush();
        approvals.recorded("LeaveRequest", request.id(), approve, before, Leave.state(request),
                new Notice(request.employeeNumber(), "Your leave " + request.describe() + " was " + (approve ? "approved" : "rejected"),
                        approve ? "Decided by " + me.username() + "." : "Decided by " + me.username() + ". Their reason: " + request.reason(),
                        queries.link(request)));
        return request;
    }

    private static Subject subject(LeaveRequest request, Employee employee) {
        return Subject.of(request.employeeNumber(), employee.managerNumber(), request.onBehalf() ? request.requestedBy() : null);
    }

    /**
     * Cancels a pending or approved request. The requester may cancel until approved leave starts; after that only
     * their line manager (or delegate) or HR can.
     */
    public LeaveRequest cancel(long id) {
        LeaveRequest request = approvals.hold(LeaveRequest.class, id);
        Employee employee = request == null ? null : em.find(Employee.class, request.employeeNumber());
        if (request == null || !queries.maySee(request, employee)) {
            throw new Absent("There is no leave request " + id + ".");
        }
        boolean own = me.employeeNumber().map(request.employeeNumber()::equals).orElse(false);
        boolean manager = !own && queries.mayDecide(employee);
        boolean hr = me.holds(TenantRole.HR_ADMIN);
        if (!own && !manager && !hr) {
            throw new NotPermitted("Only the person who asked for this leave, their line manager or HR can cancel it.");
        }
        request.ensureCancellable();
        if (!own && request.status() == Status.PENDING) {
            throw new StateConflict("This request is still waiting for a decision: reject it, with a reason, instead.");
        }
        boolean started = request.status() == Status.APPROVED && !request.start().isAfter(queries.today());
        if (started && own) {
            throw new NotPermitted("This leave has started, so only your line manager can cancel it. Ask them to.");
        }
        Status was = request.status();
        JsonObject before = Leave.state(request);
        request.cancel(me.username(), clock.instant());
        em.flush();
        audit.record("LeaveRequest", request.id().toString(), "CANCEL", before, Leave.state(request), own ? null : request.employeeNumber());
        EmployeeDetails who = employee.details();
        if (!own) {
            notices.fire(new Notice(request.employeeNumber(), "Your leave " + request.describe() + " was cancelled",
                    "Cancelled by " + me.username() + ".", queries.link(request)));
        } else if (was == Status.APPROVED && who.managerNumber() != null) {
            notices.fire(new Notice(who.managerNumber(), Leave.name(who) + " cancelled their leave " + request.describe(),
                    "The leave you approved will not be taken.", queries.link(request)));
        }
        return request;
    }

    /** Requests the caller may decide (as line manager, or delegate today), oldest start first. */
    public List<LeaveRequest> queue(Status status, int offset, int limit) {
        return queued(approvals.reportsDecidedByMe(), status, offset, limit);
    }

    public long queueSize(Status status) {
        return queuedCount(approvals.reportsDecidedByMe(), status);
    }

    /** A page of the queue and its total, finding the caller's reports once for both. */
    public QueuePage queuePage(Status status, int offset, int limit) {
        List<String> reports = approvals.reportsDecidedByMe();
        return new QueuePage(queued(reports, status, offset, limit), queuedCount(reports, status));
    }

    public record QueuePage(List<LeaveRequest> items, long total) {
    }

    private List<LeaveRequest> queued(List<String> reports, Status status, int offset, int limit) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber in :reports and r.status = :status "
                        + "order by r.start, r.id", LeaveRequest.class)
                .setParameter("reports", reports).setParameter("status", status == null ? Status.PENDING : status)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private long queuedCount(List<String> reports, Status status) {
        if (reports.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from LeaveRequest r where r.employeeNumber in :reports and r.status = :status", Long.class)
                .setParameter("reports", reports).setParameter("status", status == null ? Status.PENDING : status).getSingleResult();
    }
}

package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.Subject;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.hr.leave.entity.LeaveOpeningBalance;
import org.guildhall.hr.leave.entity.LeavePolicy;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * Reading leave: one request, someone's requests and balances, and who may see them (the employee, their manager or
 * the manager's delegate, HR, payroll and auditors); also today's date and the tenant's leave policy.
 */
@ApplicationScoped
@Transactional
@InTenant
public class LeaveQueries {

    private static final Set<TenantRole> READ_ANYONE = Set.of(TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN, TenantRole.AUDITOR);

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    Myself me;

    @Inject
    Approvals approvals;

    @Inject
    People people;

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    public LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    public LeavePolicy policy() {
        return LeavePolicy.of(policies.document("leave-policy"));
    }

    public LeaveRequest find(long id) {
        LeaveRequest request = em.find(LeaveRequest.class, id);
        Employee employee = request == null ? null : em.find(Employee.class, request.employeeNumber());
        if (request == null || !maySee(request, employee)) {
            throw new Absent("There is no leave request " + id + ".");
        }
        return request;
    }

    /** An employee's requests, newest first; the caller's own unless they may see that employee's. */
    public List<LeaveRequest> requestsOf(String employeeNumber, Status status, int offset, int limit) {
        String number = readable(employeeNumber);
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber = :number and (:status is null or r.status = :status) "
                        + "order by r.start desc, r.id desc", LeaveRequest.class)
                .setParameter("number", number).setParameter("status", status)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOf(String employeeNumber, Status status) {
        String number = readable(employeeNumber);
        return em.createQuery("select count(r) from LeaveRequest r where r.employeeNumber = :number and (:status is null or r.status = :status)",
                Long.class).setParameter("number", number).setParameter("status", status).getSingleResult();
    }

    /** The balance of each leave type with one, for the leave year (the current one when null). */
    public List<AnnualLeave.Balance> balances(String employeeNumber, Integer leaveYear) {
        Employee employee = people.find(readable(employeeNumber));
        LeavePolicy policy = policy();
        EmployeeDetails d = employee.details();
        int year = leaveYear != null ? leaveYear : policy.leaveYearOf(today(), d.startDate());
        List<LeaveRequest> live = live(d.employeeNumber());
        AnnualLeave.Employment employment = employment(d);
        List<AnnualLeave.Balance> balances = new ArrayList<>();
        for (LeavePolicy.LeaveType type : policy.types()) {
            if (type.hasBalance()) {
                List<AnnualLeave.Use> uses = live.stream().filter(r -> r.leaveType().equals(type.code())).map(LeaveRequest::use).toList();
                balances.add(AnnualLeave.balance(policy, type, employment, year, uses, today()));
            }
        }
        return balances;
    }

    /** The employee's pending and approved requests, of every type. */
    List<LeaveRequest> live(String employeeNumber) {
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber = :number and r.status in :live", LeaveRequest.class)
                .setParameter("number", employeeNumber).setParameter("live", List.of(Status.PENDING, Status.APPROVED)).getResultList();
    }

    /** The employee's employment as their balances see it, with the opening balances brought in for them. */
    AnnualLeave.Employment employment(EmployeeDetails d) {
        Map<String, AnnualLeave.Opening> openings = new HashMap<>();
        for (LeaveOpeningBalance opening : em.createQuery("select o from LeaveOpeningBalance o where o.employeeNumber = :number",
                LeaveOpeningBalance.class).setParameter("number", d.employeeNumber()).getResultList()) {
            openings.put(opening.leaveType(), opening.opening());
        }
        return new AnnualLeave.Employment(d.startDate(), d.endDate(), d.fte(), openings);
    }

    /** The employee whose requests and balances the caller asks for: their own, or one they may read. */
    private String readable(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return me.requireEmployeeNumber();
        }
        Employee employee = people.find(employeeNumber);
        if (!me.employeeNumber().map(employeeNumber::equals).orElse(false) && !READ_ANYONE.stream().anyMatch(me::holds)
                && !mayDecide(employee)) {
            throw new NotPermitted("You can see only your own leave and that of people who report to you.");
        }
        return employeeNumber;
    }

    boolean maySee(LeaveRequest request, Employee employee) {
        return me.employeeNumber().map(request.employeeNumber()::equals).orElse(false) || READ_ANYONE.stream().anyMatch(me::holds)
                || mayDecide(employee);
    }

    /** The line manager decides; so does whoever the manager named for today; HR decides for people with no manager. */
    boolean mayDecide(Employee employee) {
        return approvals.caller().mayDecide(Subject.of(employee.employeeNumber(), employee.managerNumber(), null), null);
    }

    /** Where the request's page is, for notices about it. */
    String link(LeaveRequest request) {
        return "/leave/" + session.current() + "/requests/" + request.id();
    }
}

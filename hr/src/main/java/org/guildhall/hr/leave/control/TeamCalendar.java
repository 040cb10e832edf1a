package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/** Who in the caller's team is off when. */
@ApplicationScoped
@Transactional
@InTenant
public class TeamCalendar {

    static final int MOST_DAYS = 92;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Myself me;

    @Inject
    People people;

    @Inject
    LeaveQueries queries;

    /** The calendar as the API answers it; the leave type shows only where the caller may see it. */
    public record View(String from, String to, List<Person> people) {
    }

    public record Person(String employeeNumber, String name, List<Off> leave) {
    }

    public record Off(long id, String start, String startHalf, String end, String endHalf, String status, String leaveType) {
    }

    public View between(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? queries.today() : from;
        LocalDate end = to == null ? start.withDayOfMonth(start.lengthOfMonth()) : to;
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MOST_DAYS) {
            throw new InvalidInput("The request has invalid fields.",
                    List.of(new InvalidInput.Field("to", "Show from 1 to " + MOST_DAYS + " days, ending on or after the start")));
        }
        List<Employee> team = team();
        Map<String, List<LeaveRequest>> byPerson = onLeave(team.stream().map(Employee::employeeNumber).toList(), start, end)
                .stream().collect(Collectors.groupingBy(LeaveRequest::employeeNumber));
        List<Person> people = new ArrayList<>();
        for (Employee employee : team) {
            boolean showType = seesLeaveTypeOf(employee);
            List<Off> off = byPerson.getOrDefault(employee.employeeNumber(), List.of()).stream()
                    .map(r -> new Off(r.id(), r.start().toString(), r.span().startHalf().name(), r.end().toString(), r.span().endHalf().name(),
                            r.status().name(), showType ? r.leaveType() : null))
                    .toList();
            people.add(new Person(employee.employeeNumber(), Leave.name(employee.details()), off));
        }
        return new View(start.toString(), end.toString(), people);
    }

    /** Whose leave shows on the caller's team calendar: their reports and themselves, or else their manager's team. */
    private List<Employee> team() {
        String mine = me.requireEmployeeNumber();
        List<Employee> reports = reportsOf(mine);
        List<Employee> team = new ArrayList<>();
        if (!reports.isEmpty()) {
            team.add(people.find(mine));
            team.addAll(reports);
            return team;
        }
        Employee self = people.find(mine);
        if (self.managerNumber() == null) {
            return List.of(self);
        }
        team.add(people.find(self.managerNumber()));
        team.addAll(reportsOf(self.managerNumber()));
        return team;
    }

    private List<Employee> reportsOf(String managerNumber) {
        return em.createQuery("select e from Employee e where e.managerNumber = :m order by e.familyName, e.givenName", Employee.class)
                .setParameter("m", managerNumber).getResultList();
    }

    /** Whether the caller sees the kind of leave (their own reports' and their own), or only "off". */
    private boolean seesLeaveTypeOf(Employee employee) {
        String mine = me.employeeNumber().orElse(null);
        return employee.employeeNumber().equals(mine) || mine != null && mine.equals(employee.managerNumber())
                || me.holds(TenantRole.HR_ADMIN);
    }

    /** Pending and approved requests of these people touching the dates from {@code from} to {@code to}. */
    private List<LeaveRequest> onLeave(List<String> employeeNumbers, LocalDate from, LocalDate to) {
        if (employeeNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber in :people and r.status in :live "
                        + "and r.start <= :to and r.end >= :from order by r.start", LeaveRequest.class)
                .setParameter("people", employeeNumbers).setParameter("live", List.of(Status.PENDING, Status.APPROVED))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}

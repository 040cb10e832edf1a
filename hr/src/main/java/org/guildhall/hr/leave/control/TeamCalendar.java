package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.tenancy.InTenant;

/** Who in the caller's team is off when. */
@ApplicationScoped
@Transactional
@InTenant
public class TeamCalendar {

    static final int MOST_DAYS = 92;

    @Inject
    Leave leave;

    /** The calendar as the API answers it; the leave type shows only where the caller may see it. */
    public record View(String from, String to, List<Person> people) {
    }

    public record Person(String employeeNumber, String name, List<Off> leave) {
    }

    public record Off(long id, String start, String startHalf, String end, String endHalf, String status, String leaveType) {
    }

    public View between(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? leave.today() : from;
        LocalDate end = to == null ? start.withDayOfMonth(start.lengthOfMonth()) : to;
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MOST_DAYS) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("to", "Show from 1 to " + MOST_DAYS + " days, ending on or after the start")));
        }
        List<Employee> team = leave.team();
        Map<String, List<LeaveRequest>> byPerson = leave.onLeave(team.stream().map(Employee::employeeNumber).toList(), start, end)
                .stream().collect(Collectors.groupingBy(LeaveRequest::employeeNumber));
        List<Person> people = new ArrayList<>();
        for (Employee employee : team) {
            boolean showType = leave.seesLeaveTypeOf(employee);
            List<Off> off = byPerson.getOrDefault(employee.employeeNumber(), List.of()).stream()
                    .map(r -> new Off(r.id(), r.start().toString(), r.span().startHalf().name(), r.end().toString(), r.span().endHalf().name(),
                            r.status().name(), showType ? r.leaveType() : null))
                    .toList();
            people.add(new Person(employee.employeeNumber(), Leave.name(employee.details()), off));
        }
        return new View(start.toString(), end.toString(), people);
    }
}

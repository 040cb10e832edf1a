package org.guildhall.hr.leave.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.hr.leave.control.Leave;
import org.guildhall.hr.leave.control.LeaveDecisions;
import org.guildhall.hr.leave.control.LeaveQueries;
import org.guildhall.hr.leave.control.TeamCalendar;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.hr.leave.entity.LeavePolicy;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.hr.notify.control.Notifications;
import org.guildhall.hr.notify.entity.Notification;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.tenancy.InTenant;

/** What the leave pages show, read in one transaction per page in the tenant of the request. */
@RequestScoped
@Transactional
@InTenant
public class LeavePageModels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    @Inject
    Leave leave;

    @Inject
    LeaveQueries queries;

    @Inject
    LeaveDecisions decisions;

    @Inject
    TeamCalendar calendar;

    @Inject
    Notifications notifications;

    @Inject
    People people;

    @Inject
    Myself me;

    public LocalDate today() {
        return queries.today();
    }

    public Map<String, Object> home() {
        Map<String, Object> scope = new HashMap<>();
        String mine = me.requireEmployeeNumber();
        LeavePolicy policy = queries.policy();
        Employee employee = people.find(mine);
        int year = policy.leaveYearOf(today(), employee.details().startDate());
        List<Map<String, Object>> balances = new ArrayList<>();
        for (AnnualLeave.Balance b : queries.balances(mine, year)) {
            String unit = b.unit() == AnnualLeave.Unit.DAYS ? "days" : "hours";
            balances.add(Map.of("type", policy.type(b.leaveType()).map(LeavePolicy.LeaveType::name).orElse(b.leaveType()),
                    "entitlement", amount(b.entitlement(), unit), "carriedOver", amount(b.carriedOver(), unit),
                    "taken", amount(b.taken(), unit), "booked", amount(b.booked(), unit), "remaining", amount(b.remaining(), unit)));
        }
        scope.put("balances", balances);
        scope.put("yearFrom", DAY.format(policy.yearStart(year, employee.details().startDate())));
        scope.put("yearTo", DAY.format(policy.yearEnd(year, employee.details().startDate())));
        List<Map<String, Object>> requests = queries.requestsOf(mine, null, 0, 100).stream().map(r -> row(r, policy, null)).toList();
        scope.put("requests", requests);
        scope.put("hasRequests", !requests.isEmpty());
        long queue = decisions.queueSize(LeaveRequest.Status.PENDING);
        scope.put("queue", queue);
        scope.put("hasQueue", queue > 0);
        scope.put("unread", notifications.count(true));
        return scope;
    }

    public Map<String, Object> form(LeaveForm form, List<FieldError> errors) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Book leave");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + ". " + b));
        scope.put("hasErrors", !errors.isEmpty());
        scope.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        List<Map<String, Object>> types = new ArrayList<>();
        for (LeavePolicy.LeaveType type : queries.policy().types()) {
            types.add(Map.of("code", type.code(), "name", type.name(), "checked", type.code().equals(form.get("leaveType")),
                    "first", types.isEmpty()));
        }
        scope.put("types", types);
        form.values().forEach((field, value) -> scope.put(field.replace("-", "_"), value));
        scope.put("startAfternoon", "AFTERNOON".equals(form.get("startHalf")));
        scope.put("endMorning", "MORNING".equals(form.get("endHalf")));
        scope.put("leaveTypeError", byField.get("leaveType"));
        scope.put("startError", byField.getOrDefault("start-day", byField.getOrDefault("start-month", byField.get("start-year"))));
        scope.put("endError", byField.getOrDefault("end-day", byField.getOrDefault("end-month", byField.get("end-year"))));
        scope.put("noteError", byField.get("note"));
        return scope;
    }

    /** Check your answers: the booking counted (and checked against every rule) but not made. */
    public Map<String, Object> check(LeaveForm form, Booking booking) {
        Leave.Checked checked = leave.assess(booking);
        Booking.Assessment assessed = checked.assessment();
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Check your answers");
        scope.put("hidden", form.values().entrySet().stream().map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList());
        scope.put("type", assessed.type().name());
        scope.put("from", DAY.format(assessed.span().start()) + (assessed.span().startHalf() == WorkingTime.Half.AFTERNOON ? ", afternoon only" : ""));
        scope.put("to", DAY.format(assessed.span().end()) + (assessed.span().endHalf() == WorkingTime.Half.MORNING ? ", morning only" : ""));
        scope.put("days", days(assessed.taken().days()));
        scope.put("hours", assessed.taken().hours().stripTrailingZeros().toPlainString());
        scope.put("note", booking.note());
        if (assessed.balanceAfter() != null) {
            scope.put("remaining", amount(assessed.balanceAfter().remaining(),
                    assessed.balanceAfter().unit() == AnnualLeave.Unit.DAYS ? "days" : "hours"));
        }
        EmployeeDetails who = checked.employee().details();
        scope.put("approver", who.managerNumber() == null ? "HR" : name(people.find(who.managerNumber()).details()));
        return scope;
    }

    public long book(Booking booking) {
        return leave.book(booking).id();
    }

    public Map<String, Object> request(long id) {
        LeaveRequest request = queries.find(id);
        Map<String, Object> scope = new HashMap<>(row(request, queries.policy(), null));
        Employee employee = people.find(request.employeeNumber());
        scope.put("title", "Leave request " + id);
        scope.put("who", name(employee.details()));
        scope.put("note", request.note());
        scope.put("reason", request.reason());
        scope.put("decidedBy", request.decidedBy());
        boolean own = me.employeeNumber().map(request.employeeNumber()::equals).orElse(false);
        boolean live = request.status() == LeaveRequest.Status.PENDING || request.status() == LeaveRequest.Status.APPROVED;
        boolean started = request.status() == LeaveRequest.Status.APPROVED && !request.start().isAfter(today());
        scope.put("canCancel", live && (!own || !started));
        scope.put("askManager", live && own && started);
        return scope;
    }

    public void cancel(long id) {
        decisions.cancel(id);
    }

    public void decide(long id, boolean approve, String reason) {
        decisions.decide(id, approve, reason);
    }

    public Map<String, Object> approvals(String done, List<FieldError> errors) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Leave to approve");
        LeavePolicy policy = queries.policy();
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.put(e.field(), e.message()));
        List<Map<String, Object>> items = decisions.queue(LeaveRequest.Status.PENDING, 0, 200).stream().map(r -> {
            Map<String, Object> row = new HashMap<>(row(r, policy, people.find(r.employeeNumber())));
            row.put("note", r.note());
            row.put("reasonError", byField.get("reason-" + r.id()));
            return row;
        }).toList();
        scope.put("items", items);
        scope.put("hasItems", !items.isEmpty());
        scope.put("approved", "approved".equals(done));
        scope.put("rejected", "rejected".equals(done));
        scope.put("hasErrors", !errors.isEmpty());
        scope.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return scope;
    }

    /** A month's grid: a row per person, a cell per day saying who is off, which half, and whether it is approved yet. */
    public Map<String, Object> calendar(YearMonth month) {
        TeamCalendar.View view = calendar.between(month.atDay(1), month.atEndOfMonth());
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Team calendar");
        scope.put("month", month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear());
        scope.put("previous", month.minusMonths(1).toString());
        scope.put("next", month.plusMonths(1).toString());
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            days.add(Map.of("day", d, "weekday", day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK),
                    "weekend", day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY));
        }
        scope.put("days", days);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (TeamCalendar.Person person : view.people()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                String mark = "";
                String label = "";
                for (TeamCalendar.Off off : person.leave()) {
                    LocalDate start = LocalDate.parse(off.start());
                    LocalDate end = LocalDate.parse(off.end());
                    if (day.isBefore(start) || day.isAfter(end)) {
                        continue;
                    }
                    boolean pending = "PENDING".equals(off.status());
                    String half = day.equals(start) && "AFTERNOON".equals(off.startHalf()) ? "PM"
                            : day.equals(end) && "MORNING".equals(off.endHalf()) ? "AM" : "Off";
                    mark = half + (pending ? "?" : "");
                    label = (off.leaveType() == null ? "Off" : off.leaveType().toLowerCase(Locale.UK) + " leave")
                            + ("AM".equals(half) ? ", morning" : "PM".equals(half) ? ", afternoon" : "") + (pending ? ", not yet approved" : "");
                }
                cells.add(Map.of("mark", mark, "label", label, "off", !mark.isEmpty(), "weekend",
                        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY));
            }
            rows.add(Map.of("name", person.name(), "cells", cells));
            for (TeamCalendar.Off off : person.leave()) {
                list.add(Map.of("name", person.name(), "from", SHORT.format(LocalDate.parse(off.start())),
                        "to", SHORT.format(LocalDate.parse(off.end())), "kind", off.leaveType() == null ? "Off" : off.leaveType().toLowerCase(Locale.UK),
                        "status", off.status().toLowerCase(Locale.UK)));
            }
        }
        scope.put("rows", rows);
        scope.put("list", list);
        scope.put("hasList", !list.isEmpty());
        return scope;
    }

    public Map<String, Object> notifications() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Notifications");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Notification n : notifications.mine(0, 100)) {
            Map<String, Object> item = new HashMap<>();
            item.put("id", n.id());
            item.put("subject", n.subject());
            item.put("text", n.body());
            item.put("link", n.link());
            item.put("unread", n.readAt() == null);
            item.put("when", DAY.format(n.createdAt().atZone(Leave.UK)));
            items.add(item);
        }
        scope.put("items", items);
        scope.put("hasItems", !items.isEmpty());
        return scope;
    }

    public void markRead(long id) {
        notifications.markRead(id);
    }

    private Map<String, Object> row(LeaveRequest r, LeavePolicy policy, Employee employee) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("type", policy.type(r.leaveType()).map(LeavePolicy.LeaveType::name).orElse(r.leaveType()));
        row.put("from", DAY.format(r.start()) + (r.span().startHalf() == WorkingTime.Half.AFTERNOON ? " (afternoon)" : ""));
        row.put("to", DAY.format(r.end()) + (r.span().endHalf() == WorkingTime.Half.MORNING ? " (morning)" : ""));
        row.put("days", days(r.workingDays()));
        row.put("status", switch (r.status()) {
            case PENDING -> "Waiting for approval";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case CANCELLED -> "Cancelled";
        });
        row.put("tag", switch (r.status()) {
            case PENDING -> "govuk-tag--yellow";
            case APPROVED -> "govuk-tag--green";
            case REJECTED -> "govuk-tag--red";
            case CANCELLED -> "govuk-tag--grey";
        });
        if (employee != null) {
            row.put("who", name(employee.details()));
        }
        return row;
    }

    private static String days(BigDecimal days) {
        String text = days.stripTrailingZeros().toPlainString();
        return text + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }

    private static String amount(BigDecimal amount, String unit) {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }

    private static String name(EmployeeDetails d) {
        return d.givenName() + " " + d.familyName();
    }
}

package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * Booking leave, for the API and the pages alike: the rules are {@link Booking}'s; this loads what they need, makes the
 * request and tells the people concerned. Reading is {@link LeaveQueries}, deciding and cancelling {@link LeaveDecisions}.
 * A booking holds the employee's row for the rest of its transaction, so two bookings for one person queue and cannot
 * both take the last of the balance or overlap.
 */
@ApplicationScoped
@Transactional
@InTenant
public class Leave {

    /** Leave dates are business dates: London's, whatever the server's zone. */
    public static final ZoneId UK = BusinessCalendar.ZONE;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    LeaveQueries queries;

    @Inject
    WorkPatterns patterns;

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

    /** A booking checked and counted, and whose it is. */
    public record Checked(Employee employee, Booking.Assessment assessment) {
    }

    /** Checks and counts a booking without making it, for a check-your-answers page. */
    public Checked assess(Booking booking) {
        Employee employee = people.find(whoFor(booking.employeeNumber()));
        return new Checked(employee, assess(booking, employee));
    }

    public LeaveRequest book(Booking booking) {
        String number = whoFor(booking.employeeNumber());
        Employee employee = people.hold(number);
        Booking.Assessment assessed = assess(booking, employee);
        boolean onBehalf = !me.employeeNumber().map(number::equals).orElse(false);
        LeaveRequest request = new LeaveRequest(number, assessed.type().code(), assessed.span(), assessed.leaveYear(),
                assessed.taken(), blankToNull(booking.note()), me.username(), clock.instant(), onBehalf);
        em.persist(request);
        em.flush();
        audit.record("LeaveRequest", request.id().toString(), "CREATE", null, state(request), onBehalf ? number : null);
        EmployeeDetails who = employee.details();
        // sick leave is not named in what may travel by email
        String what = ("SICK".equals(assessed.type().code()) ? "leave" : assessed.type().name().toLowerCase(Locale.UK)) + ", " + request.describe();
        if (onBehalf) {
            notices.fire(new Notice(number, "HR booked " + what + " for you",
                    me.username() + " booked this on your behalf. It now waits for your line manager's decision.", queries.link(request)));
        }
        if (who.managerNumber() != null) {
            notices.fire(new Notice(who.managerNumber(), name(who) + " asked for " + what,
                    "Approve or reject it from your approvals list." + (request.note() == null ? "" : "\nTheir note: " + request.note()),
                    "/leave/" + session.current() + "/approvals"));
        }
        return request;
    }

    private Booking.Assessment assess(Booking booking, Employee employee) {
        EmployeeDetails d = employee.details();
        Booking.Person person = new Booking.Person(d.employeeNumber(), d.givenName(), queries.employment(d), d.nation(),
                patterns.pattern(employee), me.employeeNumber().map(d.employeeNumber()::equals).orElse(false));
        return booking.assess(person, queries.live(d.employeeNumber()), queries.policy(), queries.today());
    }

    /** Who a booking is for: the caller unless they name someone else, which only HR may. */
    private String whoFor(String employeeNumber) {
        Optional<String> mine = me.employeeNumber();
        if (employeeNumber == null || employeeNumber.isBlank() || mine.map(employeeNumber::equals).orElse(false)) {
            return me.requireEmployeeNumber();
        }
        if (!me.holds(TenantRole.HR_ADMIN)) {
            throw new NotPermitted("You can only book leave for yourself. HR can book leave on someone's behalf.");
        }
        return employeeNumber;
    }

    static String name(EmployeeDetails d) {
        return d.givenName() + " " + d.familyName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static JsonObject state(LeaveRequest r) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("employeeNumber", r.employeeNumber()).add("leaveType", r.leaveType())
                .add("start", r.start().toString()).add("startHalf", r.span().startHalf().name()).add("end", r.end().toString())
                .add("endHalf", r.span().endHalf().name()).add("workingDays", r.workingDays().toPlainString())
                .add("workingHours", r.workingHours().toPlainString()).add("status", r.status().name());
        if (r.reason() != null) {
            json.add("reason", r.reason());
        }
        return json.build();
    }
}

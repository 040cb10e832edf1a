package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.Subject;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.hr.leave.entity.LeavePolicy;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.Span;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.BankHolidays;

/**
 * Booking leave, and the balances and calendars around it; deciding and cancelling are {@link LeaveDecisions},
 * delegates {@link Delegations}, working patterns {@link WorkPatterns}. Every check is made here, for the API and the pages alike. A booking holds the employee's
 * row for the rest of its transaction, so two bookings for one person queue and cannot both take the last of the
 * balance or overlap.
 */
@ApplicationScoped
@Transactional
@org.guildhall.platform.tenancy.InTenant
public class Leave {

    /** Leave dates are business dates: London's, whatever the server's zone. */
    public static final ZoneId UK = org.guildhall.platform.time.BusinessCalendar.ZONE;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<TenantRole> READ_ANYONE = Set.of(TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN, TenantRole.AUDITOR);

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Approvals approvals;

    @Inject
    WorkPatterns patterns;

    @Inject
    Policies policies;

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

    /** What someone asks for; a null employee number means the caller's own record. */
    public record Booking(String employeeNumber, String leaveType, LocalDate start, WorkingTime.Half startHalf, LocalDate end,
                          WorkingTime.Half endHalf, String note) {
    }

    /** A booking checked and counted: the working time it takes and, for leave with a balance, what is left after it. */
    public record Assessment(Employee employee, LeavePolicy.LeaveType type, Span span, int leaveYear, WorkingTime.Taken taken,
                             AnnualLeave.Balance balanceAfter) {
    }

    public LocalDate today() {
        return org.guildhall.platform.time.BusinessCalendar.today(clock);
    }

    public LeavePolicy policy() {
        return LeavePolicy.of(policies.document("leave-policy"));
    }

    /** Checks and counts a booking without making it, for a check-your-answers page. */
    public Assessment assess(Booking booking) {
        return assess(booking, people.find(whoFor(booking.employeeNumber())));
    }

    public LeaveRequest book(Booking booking) {
        String number = whoFor(booking.employeeNumber());
        Employee employee = people.hold(number);
        Assessment assessed = assess(booking, employee);
        boolean onBehalf = !me.employeeNumber().map(number::equals).orElse(false);
        LeaveRequest request = new LeaveRequest(number, assessed.type().code(), assessed.span(), assessed.leaveYear(),
                assessed.taken(), blankToNull(booking.note()), me.username(), clock.instant(), onBehalf);
        em.persist(request);
        em.flush();
        audit.record("LeaveRequest", request.id().toString(), "CREATE", null, state(request), onBehalf ? number : null);
        EmployeeDetails who = employee.details();
        // sick leave is not named in what may travel by email
        String what = ("SICK".equals(assessed.type().code()) ? "leave" : assessed.type().name().toLowerCase(Locale.UK)) + ", " + describe(request);
        if (onBehalf) {
            notices.fire(new Notice(number, "HR booked " + what + " for you",
                    me.username() + " booked this on your behalf. It now waits for your line manager's decision.", link(request)));
        }
        if (who.managerNumber() != null) {
            notices.fire(new Notice(who.managerNumber(), name(who) + " asked for " + what,
                    "Approve or reject it from your approvals list." + (request.note() == null ? "" : "\nTheir note: " + request.note()),
                    "/leave/" + session.current() + "/approvals"));
        }
        return request;
    }

    public LeaveRequest find(long id) {
        LeaveRequest request = em.find(LeaveRequest.class, id);
        Employee employee = request == null ? null : em.find(Employee.class, request.employeeNumber());
        if (request == null || !maySee(request, employee)) {
            throw new Problem.NotFound("There is no leave request " + id + ".");
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
        List<AnnualLeave.Balance> balances = new ArrayList<>();
        for (LeavePolicy.LeaveType type : policy.types()) {
            if (type.hasBalance()) {
                balances.add(AnnualLeave.balance(policy, type, employment(d), year, uses(d.employeeNumber(), type.code()), today()));
            }
        }
        return balances;
    }

    /** Whose leave shows on the caller's team calendar: their reports and themselves, or else their manager's team. */
    public List<Employee> team() {
        String mine = me.requireEmployeeNumber();
        List<Employee> reports = em.createQuery("select e from Employee e where e.managerNumber = :m order by e.familyName, e.givenName",
                Employee.class).setParameter("m", mine).getResultList();
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
        team.addAll(em.createQuery("select e from Employee e where e.managerNumber = :m order by e.familyName, e.givenName",
                Employee.class).setParameter("m", self.managerNumber()).getResultList());
        return team;
    }

    /** Whether the caller sees the kind of leave on the team calendar (their own reports' and their own), or only "off". */
    public boolean seesLeaveTypeOf(Employee employee) {
        String mine = me.employeeNumber().orElse(null);
        return employee.employeeNumber().equals(mine) || mine != null && mine.equals(employee.managerNumber())
                || me.holds(TenantRole.HR_ADMIN);
    }

    /** Pending and approved requests of these people touching the dates from {@code from} to {@code to}. */
    public List<LeaveRequest> onLeave(List<String> employeeNumbers, LocalDate from, LocalDate to) {
        if (employeeNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber in :people and r.status in :live "
                        + "and r.start <= :to and r.end >= :from order by r.start", LeaveRequest.class)
                .setParameter("people", employeeNumbers).setParameter("live", List.of(Status.PENDING, Status.APPROVED))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    // ---- the rules

    private Assessment assess(Booking booking, Employee employee) {
        LeavePolicy policy = policy();
        List<FieldError> malformed = new ArrayList<>();
        Optional<LeavePolicy.LeaveType> type = policy.type(booking.leaveType());
        if (type.isEmpty()) {
            malformed.add(new FieldError("leaveType", "Choose a type of leave: "
                    + String.join(", ", policy.types().stream().map(LeavePolicy.LeaveType::code).toList())));
        }
        if (booking.start() == null) {
            malformed.add(new FieldError("start", "Enter the first day of leave"));
        }
        if (booking.end() == null) {
            malformed.add(new FieldError("end", "Enter the last day of leave"));
        }
        if (booking.note() != null && booking.note().length() > 500) {
            malformed.add(new FieldError("note", "Keep the note to 500 characters or fewer"));
        }
        if (!malformed.isEmpty()) {
            throw new Problem.BadRequest("The leave request has invalid fields.", malformed);
        }
        EmployeeDetails d = employee.details();
        Span span = new Span(booking.start(), booking.startHalf(), booking.end(), booking.endHalf());
        List<FieldError> refused = new ArrayList<>();
        if (!span.isValid()) {
            refused.add(new FieldError("end", span.end().isBefore(span.start()) ? "The leave must end on or after the day it starts"
                    : "A one-day request cannot start in the afternoon and end at midday"));
        }
        if (span.start().isBefore(d.startDate())) {
            refused.add(new FieldError("start", "The leave starts before " + d.givenName() + "'s employment starts on " + DAY.format(d.startDate())));
        }
        if (d.endDate() != null && span.end().isAfter(d.endDate())) {
            refused.add(new FieldError("end", "The leave ends after " + d.givenName() + "'s employment ends on " + DAY.format(d.endDate())));
        }
        LocalDate earliest = today().minusYears(2);
        LocalDate latest = today().plusYears(2);
        if (refused.isEmpty() && (span.start().isBefore(earliest) || span.end().isAfter(latest))) {
            refused.add(new FieldError(span.start().isBefore(earliest) ? "start" : "end",
                    "Leave can be booked from " + DAY.format(earliest) + " to " + DAY.format(latest)));
        }
        if (!refused.isEmpty()) {
            throw new Problem.RuleViolation("The leave cannot be booked.", refused);
        }
        int leaveYear = policy.leaveYearOf(span.start(), d.startDate());
        if (policy.leaveYearOf(span.end(), d.startDate()) != leaveYear) {
            LocalDate next = policy.yearStart(leaveYear + 1, d.startDate());
            throw new Problem.RuleViolation("The leave cannot be booked.", List.of(new FieldError("end", "The leave runs into the next "
                    + "leave year, which starts on " + DAY.format(next) + ". Book the days up to " + DAY.format(next.minusDays(1))
                    + " and the days from " + DAY.format(next) + " as two requests")));
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = span.start().getYear(); year <= span.end().getYear(); year++) {
            holidays.addAll(BankHolidays.of(d.nation(), year, policy.oneOffsFor(d.nation())).keySet());
        }
        WorkingTime.Taken taken = WorkingTime.between(span.start(), span.startHalf(), span.end(), span.endHalf(), patterns.pattern(employee), holidays);
        if (taken.days().signum() == 0) {
            throw new Problem.RuleViolation("The leave cannot be booked.", List.of(new FieldError("start",
                    "There are no working days for " + d.givenName() + " from " + DAY.format(span.start()) + " to " + DAY.format(span.end())
                            + ": they are days off or bank holidays")));
        }
        List<LeaveRequest> clashes = em.createQuery("select r from LeaveRequest r where r.employeeNumber = :number and r.status in :live "
                        + "and r.firstSlot <= :last and r.lastSlot >= :first order by r.start", LeaveRequest.class)
                .setParameter("number", d.employeeNumber()).setParameter("live", List.of(Status.PENDING, Status.APPROVED))
                .setParameter("first", span.firstSlot()).setParameter("last", span.lastSlot()).getResultList();
        if (!clashes.isEmpty()) {
            LeaveRequest clash = clashes.get(0);
            throw new Problem.RuleViolation("The leave cannot be booked.", List.of(new FieldError("start",
                    "This overlaps " + (me.employeeNumber().map(d.employeeNumber()::equals).orElse(false) ? "your" : d.givenName() + "'s")
                            + " " + clash.status().name().toLowerCase(Locale.UK) + " leave " + describe(clash))));
        }
        AnnualLeave.Balance after = null;
        if (type.get().hasBalance()) {
            List<AnnualLeave.Use> uses = new ArrayList<>(uses(d.employeeNumber(), type.get().code()));
            uses.add(new AnnualLeave.Use(leaveYear, false, span.start(), taken.days(), taken.hours()));
            // what is booked now also shrinks what carries into later years, where leave may already be booked
            SortedSet<Integer> years = new TreeSet<>();
            uses.stream().map(AnnualLeave.Use::leaveYear).filter(y -> y >= leaveYear).forEach(years::add);
            for (int year : years) {
                AnnualLeave.Balance balance = AnnualLeave.balance(policy, type.get(), employment(d), year, uses, today());
                if (year == leaveYear) {
                    after = balance;
                }
                if (balance.remaining().signum() < 0) {
                    BigDecimal needed = balance.unit() == AnnualLeave.Unit.DAYS ? taken.days() : taken.hours();
                    String unit = balance.unit().name().toLowerCase(Locale.UK);
                    BigDecimal left = balance.remaining().add(needed);
                    throw new Problem.RuleViolation("The leave cannot be booked.", List.of(new FieldError("end", "This needs "
                            + needed.stripTrailingZeros().toPlainString() + " " + unit + " of " + type.get().name().toLowerCase(Locale.UK)
                            + " but only " + left.stripTrailingZeros().toPlainString() + " " + unit
                            + " are left in the leave year starting " + DAY.format(policy.yearStart(year, d.startDate()))
                            + (year == leaveYear ? "" : ", counting what carries over into it"))));
                }
            }
        }
        return new Assessment(employee, type.get(), span, leaveYear, taken, after);
    }

    private List<AnnualLeave.Use> uses(String employeeNumber, String leaveType) {
        return em.createQuery("select r from LeaveRequest r where r.employeeNumber = :number and r.leaveType = :type and r.status in :live",
                        LeaveRequest.class)
                .setParameter("number", employeeNumber).setParameter("type", leaveType)
                .setParameter("live", List.of(Status.PENDING, Status.APPROVED)).getResultList().stream()
                .map(r -> new AnnualLeave.Use(r.leaveYear(), r.status() == Status.APPROVED, r.start(), r.workingDays(), r.workingHours()))
                .toList();
    }

    private static AnnualLeave.Employment employment(EmployeeDetails d) {
        return new AnnualLeave.Employment(d.startDate(), d.endDate(), d.fte());
    }

    /** Who a booking is for: the caller unless they name someone else, which only HR may. */
    private String whoFor(String employeeNumber) {
        Optional<String> mine = me.employeeNumber();
        if (employeeNumber == null || employeeNumber.isBlank() || mine.map(employeeNumber::equals).orElse(false)) {
            return me.requireEmployeeNumber();
        }
        if (!me.holds(TenantRole.HR_ADMIN)) {
            throw new Problem.Forbidden("You can only book leave for yourself. HR can book leave on someone's behalf.");
        }
        return employeeNumber;
    }

    /** The employee whose requests and balances the caller asks for: their own, or one they may read. */
    private String readable(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return me.requireEmployeeNumber();
        }
        Employee employee = people.find(employeeNumber);
        if (!me.employeeNumber().map(employeeNumber::equals).orElse(false) && !READ_ANYONE.stream().anyMatch(me::holds)
                && !mayDecide(employee)) {
            throw new Problem.Forbidden("You can see only your own leave and that of people who report to you.");
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

    String link(LeaveRequest request) {
        return "/leave/" + session.current() + "/requests/" + request.id();
    }

    static String describe(LeaveRequest request) {
        String from = DAY.format(request.start()) + (request.span().startHalf() == WorkingTime.Half.AFTERNOON ? " (afternoon)" : "");
        String to = DAY.format(request.end()) + (request.span().endHalf() == WorkingTime.Half.MORNING ? " (morning)" : "");
        return (request.start().equals(request.end()) && from.equals(DAY.format(request.start())) && to.equals(DAY.format(request.end()))
                ? "on " + from : "from " + from + " to " + to) + " (" + request.workingDays().stripTrailingZeros().toPlainString()
                + (request.workingDays().compareTo(BigDecimal.ONE) == 0 ? " day)" : " days)");
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

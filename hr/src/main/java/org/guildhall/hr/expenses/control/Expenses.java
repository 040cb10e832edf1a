package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.IllegalTransition;
import org.guildhall.hr.expenses.entity.ExpenseClaim.Status;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.ExpensePolicy;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.expenses.entity.ReceiptFile;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/**
 * Expense claims from draft to submission: lines checked and priced (mileage at HMRC's rates, counted across the
 * employee's claims in the tax year), receipts kept, policy breaches shown; decisions are {@link ExpenseDecisions}.
 * Reading claims is {@link ExpenseQueries}. Making or submitting a claim holds the employee's row, so two claims cannot both take the same 45p miles.
 */
@ApplicationScoped
@Transactional
@InTenant
public class Expenses {

    /** The ledger source of the journals approved claims post. */
    public static final String SOURCE = "EXPENSES";
    public static final int MAX_LINES = 50;
    static final Set<TenantRole> READ_ANYONE = Set.of(TenantRole.HR_ADMIN, TenantRole.FINANCE, TenantRole.PAYROLL_ADMIN,
            TenantRole.AUDITOR);
    /** The section of the tenant's approval-limits policy for expense claims. */
    static final String LIMITS = "expenseClaims";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Approvals approvals;

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

    /** A line as claimed: for mileage the miles and vehicle (the amount is worked out), otherwise the amount and its VAT. */
    public record LineInput(LocalDate date, String category, Money amount, Money vat, BigDecimal miles, Mileage.Vehicle vehicle,
                            boolean london, String description) {
    }

    /** A claim with its lines and receipts, as read in one transaction. */
    public record Claim(ExpenseClaim claim, List<ExpenseLine> lines, List<Receipt> receipts, String approverRole) {
    }

    public LocalDate today() {
        return org.guildhall.platform.time.BusinessCalendar.today(clock);
    }

    /** The tenant's policy; tenants onboarded before expense policies existed get the template's. */
    public ExpensePolicy policy() {
        try {
            return ExpensePolicy.of(policies.document("expense-policy"));
        } catch (Problem.NotFound none) {
            try (InputStream in = Expenses.class.getClassLoader().getResourceAsStream("hr/central-government/expense-policy.json");
                 JsonReader reader = Json.createReader(in)) {
                return ExpensePolicy.of(reader.readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Makes a draft claim. {@code unreadable} are the problems found reading the request (a date that is not one, say),
     * answered together with every other problem of the lines.
     */
    public Claim create(String employeeNumber, List<LineInput> inputs, List<FieldError> unreadable) {
        String number = whoFor(employeeNumber);
        Employee employee = people.hold(number);
        ExpensePolicy policy = policy();
        check(inputs, policy, employee.details(), unreadable);
        // price every line first: the claim is stored with its total, and its lines once it has an id
        List<Money[]> priced = new ArrayList<>();
        Map<Integer, BigDecimal> carMiles = new LinkedHashMap<>();
        Money total = Money.ZERO;
        for (LineInput in : inputs) {
            ExpensePolicy.Category category = policy.category(in.category()).orElseThrow();
            Money amount = category.mileage() ? price(number, in, carMiles) : in.amount();
            Money vat = category.mileage() || in.vat() == null ? Money.ZERO : in.vat();
            priced.add(new Money[] {amount, vat});
            total = total.plus(amount);
        }
        ExpenseClaim claim = new ExpenseClaim(number, me.username(), clock.instant());
        claim.total(total);
        em.persist(claim);
        em.flush();
        List<ExpenseLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineInput in = inputs.get(i);
            ExpensePolicy.Category category = policy.category(in.category()).orElseThrow();
            Money amount = priced.get(i)[0];
            ExpenseLine line = new ExpenseLine(claim.id(), i + 1, in.date(), category.code(), in.description().strip(), amount,
                    priced.get(i)[1], category.mileage() ? in.miles() : null, category.mileage() ? in.vehicle() : null, in.london(),
                    policy.breach(category, amount, in.london()));
            em.persist(line);
            lines.add(line);
        }
        em.flush();
        audit.record("ExpenseClaim", claim.id().toString(), "CREATE", null, state(claim, lines),
                number.equals(me.employeeNumber().orElse(null)) ? null : number);
        return new Claim(claim, lines, List.of(), approverRole(claim));
    }

    public Claim submit(long id) {
        ExpenseClaim claim = lockVisible(id);
        if (!isOwn(claim) && !me.holds(TenantRole.HR_ADMIN)) {
            throw new Problem.Forbidden("Only the person claiming (or HR for them) can submit this claim.");
        }
        claim.ensureDraft();
        Employee employee = people.hold(claim.employeeNumber());
        ExpensePolicy policy = policy();
        List<ExpenseLine> lines = lines(id);
        List<Receipt> receipts = receipts(id);
        List<FieldError> missing = new ArrayList<>();
        Map<Integer, BigDecimal> carMiles = new LinkedHashMap<>();
        for (ExpenseLine line : lines) {
            ExpensePolicy.Category category = policy.category(line.category()).orElse(null);
            if (category != null && category.mileage()) {
                line.reprice(price(claim.employeeNumber(), new LineInput(line.spentOn(), line.category(), null, null, line.miles(),
                        line.vehicle(), false, line.description()), carMiles));
            }
            if (category != null && policy.needsReceipt(category, line.amount())
                    && receipts.stream().noneMatch(r -> r.lineNo() != null && r.lineNo() == line.lineNo())) {
                missing.add(new FieldError("lines[" + (line.lineNo() - 1) + "].receipt", "Attach a receipt for line " + line.lineNo()
                        + " (" + line.description() + "): the policy asks for one above £" + policy.receiptRequiredAbove()));
            }
        }
        if (!missing.isEmpty()) {
            throw new Problem.RuleViolation("The claim cannot be submitted.", missing);
        }
        JsonObject before = state(claim, lines);
        claim.total(lines.stream().map(ExpenseLine::amount).reduce(Money.ZERO, Money::plus));
        claim.submit(clock.instant());
        em.flush();
        audit.record("ExpenseClaim", claim.id().toString(), "SUBMIT", before, state(claim, lines));
        EmployeeDetails who = employee.details();
        if (who.managerNumber() != null) {
            notices.fire(new Notice(who.managerNumber(), who.givenName() + " " + who.familyName() + " claimed £" + claim.total()
                    + " in expenses", approverRole(claim) == null ? "Approve or reject it from your expense approvals."
                    : "It is above your approval limit, so a budget holder decides it.",
                    "/expenses/" + session.current() + "/approvals"));
        }
        return new Claim(claim, lines, receipts, approverRole(claim));
    }

    public Receipt attach(long claimId, Integer lineNo, String fileName, byte[] content) {
        ExpenseClaim claim = lockVisible(claimId);
        if (!isOwn(claim) && !me.holds(TenantRole.HR_ADMIN)) {
            throw new Problem.Forbidden("Only the person claiming (or HR for them) can add receipts.");
        }
        if (!claim.isDraft()) {
            throw new IllegalTransition("Receipts can be added only before the claim is submitted.");
        }
        if (content.length == 0) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("file", "Choose a receipt file")));
        }
        if (content.length > ReceiptFile.MAX_BYTES) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("file", "The receipt must be 10 MB or smaller")));
        }
        String mediaType = ReceiptFile.mediaType(content).orElseThrow(() -> new Problem.BadRequest("The request has invalid fields.",
                List.of(new FieldError("file", "The receipt must be a PDF, PNG or JPEG file"))));
        if (lineNo != null && lines(claimId).stream().noneMatch(l -> l.lineNo() == lineNo)) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("line", "This claim has no line " + lineNo)));
        }
        String name = fileName == null || fileName.isBlank() ? "receipt" : fileName.strip().replaceAll("[\\p{Cntrl}\"\\\\/]", "_");
        Receipt receipt = new Receipt(claimId, lineNo, mediaType, name.length() > 200 ? name.substring(0, 200) : name, content,
                sha256(content), me.username(), clock.instant());
        em.persist(receipt);
        em.flush();
        audit.record("ExpenseReceipt", receipt.id().toString(), "CREATE", null, Json.createObjectBuilder().add("claimId", claimId)
                .add("line", lineNo == null ? 0 : lineNo).add("mediaType", mediaType).add("size", content.length)
                .add("sha256", receipt.sha256()).build());
        return receipt;
    }

    public List<ExpenseLine> lines(long claimId) {
        return em.createQuery("select l from ExpenseLine l where l.claimId = :c order by l.lineNo", ExpenseLine.class)
                .setParameter("c", claimId).getResultList();
    }

    List<Receipt> receipts(long claimId) {
        return em.createQuery("select r from Receipt r where r.claimId = :c order by r.id", Receipt.class)
                .setParameter("c", claimId).getResultList();
    }

    // ---- rules

    private void check(List<LineInput> inputs, ExpensePolicy policy, EmployeeDetails employee, List<FieldError> unreadable) {
        List<FieldError> malformed = new ArrayList<>(unreadable);
        if (inputs.isEmpty() && !unreadable.isEmpty()) {
            throw new Problem.BadRequest("The expense claim has invalid fields.", unreadable);
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("lines", "Add at least one line")));
        }
        if (inputs.size() > MAX_LINES) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("lines", "A claim can have at most " + MAX_LINES + " lines; make two claims")));
        }
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineInput in = inputs.get(i);
            String at = "lines[" + i + "].";
            ExpensePolicy.Category category = in.category() == null ? null : policy.category(in.category()).orElse(null);
            if (category == null) {
                malformed.add(new FieldError(at + "category", "Choose a category: "
                        + String.join(", ", policy.categories().stream().map(ExpensePolicy.Category::code).toList())));
            }
            if (in.date() == null) {
                malformed.add(new FieldError(at + "date", "Enter the date of the expense"));
            } else if (in.date().isAfter(today())) {
                refused.add(new FieldError(at + "date", "The date of the expense must be today or earlier"));
            } else if (in.date().isBefore(employee.startDate())) {
                refused.add(new FieldError(at + "date", "The expense is dated before the employment started"));
            }
            if (in.description() == null || in.description().isBlank()) {
                malformed.add(new FieldError(at + "description", "Describe what the expense was for"));
            } else if (in.description().length() > 200) {
                malformed.add(new FieldError(at + "description", "Keep the description to 200 characters"));
            }
            if (category != null && category.mileage()) {
                if (in.miles() == null || in.miles().signum() <= 0 || in.miles().scale() > 1 || in.miles().compareTo(new BigDecimal("5000")) > 0) {
                    malformed.add(new FieldError(at + "miles", "Enter the business miles, more than 0 and at most 5000, to one decimal place"));
                }
                if (in.vehicle() == null) {
                    malformed.add(new FieldError(at + "vehicle", "Choose CAR (or van), MOTORCYCLE or BICYCLE"));
                }
            } else if (category != null) {
                if (in.amount() == null || !in.amount().isPositive()) {
                    malformed.add(new FieldError(at + "amount", "Enter the amount spent, more than 0.00"));
                } else if (in.vat() != null && (in.vat().compareTo(Money.ZERO) < 0 || in.vat().compareTo(in.amount()) >= 0)) {
                    malformed.add(new FieldError(at + "vat", "The VAT must be 0.00 or more and less than the amount"));
                }
            }
        }
        if (!malformed.isEmpty()) {
            // one message a field (an unreadable date is not also a missing one), in field order
            java.util.Map<String, FieldError> byField = new java.util.TreeMap<>();
            malformed.forEach(e -> byField.putIfAbsent(e.field(), e));
            throw new Problem.BadRequest("The expense claim has invalid fields.", List.copyOf(byField.values()));
        }
        if (!refused.isEmpty()) {
            throw new Problem.RuleViolation("The expense claim cannot be made.", refused);
        }
    }

    /**
     * A mileage line's allowance: car and van miles count towards the 10,000 at 45p with every submitted or approved
     * claim of the same tax year, and the earlier lines of this claim.
     */
    private Money price(String employeeNumber, LineInput in, Map<Integer, BigDecimal> carMilesThisClaim) {
        if (in.vehicle() != Mileage.Vehicle.CAR) {
            return Mileage.allowance(in.vehicle(), BigDecimal.ZERO, in.miles());
        }
        int taxYear = taxYear(in.date());
        LocalDate from = new TaxYear(taxYear).start();
        LocalDate to = new TaxYear(taxYear).end();
        BigDecimal before = em.createQuery("select coalesce(sum(l.miles), 0) from ExpenseLine l, ExpenseClaim c where c.id = l.claimId "
                        + "and c.employeeNumber = :n and c.status in :counted and l.vehicle = :car and l.spentOn between :from and :to",
                        BigDecimal.class)
                .setParameter("n", employeeNumber).setParameter("counted", List.of(Status.SUBMITTED, Status.APPROVED))
                .setParameter("car", Mileage.Vehicle.CAR).setParameter("from", from).setParameter("to", to).getSingleResult();
        BigDecimal earlier = carMilesThisClaim.getOrDefault(taxYear, BigDecimal.ZERO);
        carMilesThisClaim.put(taxYear, earlier.add(in.miles()));
        return Mileage.allowance(Mileage.Vehicle.CAR, before.add(earlier), in.miles());
    }

    static int taxYear(LocalDate day) {
        return TaxYear.of(day).firstYear();
    }

    /** Null when the line manager decides; otherwise the role that does. */
    String approverRole(ExpenseClaim claim) {
        TenantRole role = approvals.limit(LIMITS).approverFor(claim.total());
        return role == null ? null : role.name();
    }

    /** The line manager or their delegate today up to the limit, the limit's role above it; HR for people with no manager. */
    private boolean mayDecide(ExpenseClaim claim, Employee employee) {
        return approvals.caller().mayDecide(ExpenseDecisions.subject(claim, employee), approvals.limit(LIMITS));
    }

    private boolean isOwn(ExpenseClaim claim) {
        return claim.employeeNumber().equals(me.employeeNumber().orElse(null));
    }

    boolean maySee(ExpenseClaim claim) {
        if (isOwn(claim) || READ_ANYONE.stream().anyMatch(me::holds)) {
            return true;
        }
        Employee employee = em.find(Employee.class, claim.employeeNumber());
        boolean lineManager = employee.managerNumber() != null && employee.managerNumber().equals(me.employeeNumber().orElse(null));
        return claim.status() != Status.DRAFT && (lineManager || mayDecide(claim, employee));
    }

    ExpenseClaim lockVisible(long id) {
        ExpenseClaim claim = approvals.hold(ExpenseClaim.class, id);
        if (claim == null || !maySee(claim)) {
            throw new Problem.NotFound("There is no expense claim " + id + ".");
        }
        return claim;
    }

    private String whoFor(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank() || employeeNumber.equals(me.employeeNumber().orElse(null))) {
            return me.requireEmployeeNumber();
        }
        if (!me.holds(TenantRole.HR_ADMIN)) {
            throw new Problem.Forbidden("You can only claim expenses for yourself.");
        }
        return employeeNumber;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject state(ExpenseClaim claim, List<ExpenseLine> lines) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ExpenseLine l : lines) {
            items.add(Json.createObjectBuilder().add("line", l.lineNo()).add("date", l.spentOn().toString()).add("category", l.category())
                    .add("amount", l.amount().toString()).add("vat", l.vat().toString())
                    .add("miles", l.miles() == null ? "" : l.miles().toPlainString()));
        }
        return Json.createObjectBuilder().add("employeeNumber", claim.employeeNumber()).add("status", claim.status().name())
                .add("total", claim.total().toString()).add("lines", items).build();
    }
}

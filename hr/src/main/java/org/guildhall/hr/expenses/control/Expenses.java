package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.expenses.entity.CarMiles;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseClaim.Status;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.ExpensePolicy;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.TaxYear;

/**
 * What the expense use cases share: the tenant's policy, who may see a claim, its lines and receipts, the car miles
 * already claimed in a tax year. Each use case is its own control: {@link ExpenseDrafts} makes a claim,
 * {@link ExpenseReceipts} keeps its receipts, {@link ExpenseSubmissions} submits it, {@link ExpenseDecisions} decides
 * it and {@link ExpenseQueries} reads claims.
 */
@ApplicationScoped
@Transactional
@InTenant
public class Expenses {

    /** The ledger source of the journals approved claims post. */
    public static final String SOURCE = "EXPENSES";
    static final Set<TenantRole> READ_ANYONE = Set.of(TenantRole.HR_ADMIN, TenantRole.FINANCE, TenantRole.PAYROLL_ADMIN,
            TenantRole.AUDITOR);
    /** The section of the tenant's approval-limits policy for expense claims. */
    static final String LIMITS = "expenseClaims";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Approvals approvals;

    @Inject
    Policies policies;

    @Inject
    Myself me;

    @Inject
    Clock clock;

    /** A claim with its lines and receipts, as read in one transaction. */
    public record Claim(ExpenseClaim claim, List<ExpenseLine> lines, List<Receipt> receipts, String approverRole) {
    }

    public LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /** The tenant's policy; tenants onboarded before expense policies existed get the template's. */
    public ExpensePolicy policy() {
        try {
            return ExpensePolicy.of(policies.document("expense-policy"));
        } catch (Absent none) {
            try (InputStream in = Expenses.class.getClassLoader().getResourceAsStream("hr/central-government/expense-policy.json");
                 JsonReader reader = Json.createReader(in)) {
                return ExpensePolicy.of(reader.readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<ExpenseLine> lines(long claimId) {
        return em.createQuery("select l from ExpenseLine l where l.claimId = :c order by l.lineNo", ExpenseLine.class)
                .setParameter("c", claimId).getResultList();
    }

    List<Receipt> receipts(long claimId) {
        return em.createQuery("select r from Receipt r where r.claimId = :c order by r.id", Receipt.class)
                .setParameter("c", claimId).getResultList();
    }

    /** The car and van miles of the employee's submitted and approved claims in the tax years of {@code journeys}. */
    CarMiles carMiles(String employeeNumber, Stream<LocalDate> journeys) {
        Map<TaxYear, BigDecimal> claimed = new HashMap<>();
        journeys.map(TaxYear::of).distinct().forEach(year -> claimed.put(year, em.createQuery("select coalesce(sum(l.miles), 0) "
                        + "from ExpenseLine l, ExpenseClaim c where c.id = l.claimId and c.employeeNumber = :n and c.status in :counted "
                        + "and l.vehicle = :car and l.spentOn between :from and :to", BigDecimal.class)
                .setParameter("n", employeeNumber).setParameter("counted", List.of(Status.SUBMITTED, Status.APPROVED))
                .setParameter("car", Mileage.Vehicle.CAR).setParameter("from", year.start()).setParameter("to", year.end())
                .getSingleResult()));
        return new CarMiles(claimed);
    }

    /** Null when the line manager decides; otherwise the role that does. */
    String approverRole(ExpenseClaim claim) {
        TenantRole role = approvals.limit(LIMITS).approverFor(claim.total());
        return role == null ? null : role.name();
    }

    boolean isOwn(ExpenseClaim claim) {
        return claim.employeeNumber().equals(me.employeeNumber().orElse(null));
    }

    /** Their own, anyone's for the roles that read them all; once submitted, the line manager's and the decider's. */
    boolean maySee(ExpenseClaim claim) {
        if (isOwn(claim) || READ_ANYONE.stream().anyMatch(me::holds)) {
            return true;
        }
        Employee employee = em.find(Employee.class, claim.employeeNumber());
        boolean lineManager = employee.managerNumber() != null && employee.managerNumber().equals(me.employeeNumber().orElse(null));
        return claim.status() != Status.DRAFT
                && (lineManager || approvals.caller().mayDecide(ExpenseDecisions.subject(claim, employee), approvals.limit(LIMITS)));
    }

    ExpenseClaim lockVisible(long id) {
        ExpenseClaim claim = approvals.hold(ExpenseClaim.class, id);
        if (claim == null || !maySee(claim)) {
            throw new Absent("There is no expense claim " + id + ".");
        }
        return claim;
    }

    /** Holds a claim the caller may change: their own, or anyone's for HR; {@code what} is what they were doing. */
    ExpenseClaim holdForClaimant(long id, String what) {
        ExpenseClaim claim = lockVisible(id);
        if (!isOwn(claim) && !me.holds(TenantRole.HR_ADMIN)) {
            throw new NotPermitted("Only the person claiming (or HR for them) can " + what + ".");
        }
        return claim;
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

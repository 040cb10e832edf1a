package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.finance.posting.Posting;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.ApprovalLimit;
import org.guildhall.hr.approval.entity.Refusal;
import org.guildhall.hr.approval.entity.Subject;
import org.guildhall.hr.expenses.control.Expenses.Claim;
import org.guildhall.hr.expenses.control.ExpenseQueries.ClaimPage;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseClaim.Status;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.ExpensePolicy;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Deciding submitted expense claims, and the queue of claims waiting for the caller: the line manager or their
 * delegate today up to the policy's limit, the limit's role above it ({@link Approvals}' rule). Approval posts one
 * balanced journal through the posting boundary. A decision holds the claim's row, so of two deciding at once exactly
 * one wins.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ExpenseDecisions {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Expenses expenses;

    @Inject
    Approvals approvals;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    Posting finance;

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    /**
     * Approves or rejects a submitted claim: the claimant's line manager up to the policy's limit, above it someone
     * holding the policy's role for larger claims; never the claimant. Approval posts the claim's journal.
     */
    public Claim decide(long id, boolean approve, String reason) {
        ExpenseClaim claim = expenses.lockVisible(id);
        Employee employee = people.find(claim.employeeNumber());
        ApprovalLimit limit = approvals.limit(Expenses.LIMITS);
        Optional<Refusal> refusal = approvals.caller().refusal(subject(claim, employee), limit);
        if (refusal.isPresent()) {
            TenantRole role = limit.approverFor(claim.total());
            throw new NotPermitted(switch (refusal.get()) {
                case OWN -> "You cannot decide your own expense claim.";
                case NOT_APPROVER -> role == null ? "Only " + employee.details().givenName() + "'s line manager, or someone they named "
                        + "to act for them, can decide this claim."
                        : "This claim is above the line manager's limit: someone with the role " + role + " decides it.";
                case PREPARER -> "You made this claim on " + employee.details().givenName() + "'s behalf, so someone else decides it.";
            });
        }
        claim.ensureSubmitted();
        String why = approvals.reason(approve, reason, employee.details().givenName());
        List<ExpenseLine> lines = expenses.lines(id);
        JsonObject before = Expenses.state(claim, lines);
        if (approve) {
            long journal = finance.post(Expenses.SOURCE, claim.id().toString(), journal(claim, lines, employee.details())).journalId();
            claim.approve(me.username(), clock.instant(), why, journal);
        } else {
            claim.reject(me.username(), clock.instant(), why);
        }
        em.flush();
        approvals.recorded("ExpenseClaim", claim.id(), approve, before, Expenses.state(claim, lines),
                new Notice(claim.employeeNumber(), "Your expense claim for £" + claim.total() + " was " + (approve ? "approved" : "rejected"),
                        approve ? "Decided by " + me.username() + ". It will be repaid with your pay."
                                : "Decided by " + me.username() + ". Their reason: " + why,
                        "/expenses/" + session.current() + "/claims/" + claim.id()));
        return new Claim(claim, lines, expenses.receipts(id), expenses.approverRole(claim));
    }

    static Subject subject(ExpenseClaim claim, Employee employee) {
        return new Subject(claim.employeeNumber(), employee.managerNumber(), claim.createdBy(), claim.total());
    }

    /** Submitted claims the caller may decide: their reports' within the manager's limit, and larger ones for the role above. */
    public List<ExpenseClaim> queue(int offset, int limit) {
        return queueQuery("c", ExpenseClaim.class, " order by c.id").setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many claims wait for the caller, counted by the database. */
    public long queueSize() {
        return queueQuery("count(c)", Long.class, "").getSingleResult();
    }

    /** A page of the caller's queue and its length, read together. */
    public ClaimPage queuePage(int offset, int limit) {
        return new ClaimPage(queue(offset, limit), queueSize());
    }

    private <T> TypedQuery<T> queueQuery(String select, Class<T> type, String order) {
        String mine = me.employeeNumber().orElse("");
        Set<String> managers = approvals.managersActedFor();
        ApprovalLimit limit = approvals.limit(Expenses.LIMITS);
        boolean aboveLimit = me.holds(limit.aboveLimitApprover());
        return em.createQuery("select " + select + " from ExpenseClaim c, Employee e where e.employeeNumber = c.employeeNumber "
                        + "and c.status = :submitted and c.employeeNumber <> :me "
                        + "and ((e.managerNumber in :managers and c.total <= :limit) or (:above = true and c.total > :limit))" + order, type)
                .setParameter("submitted", Status.SUBMITTED).setParameter("me", mine)
                .setParameter("managers", managers.isEmpty() ? Set.of("") : managers)
                .setParameter("limit", limit.lineManagerLimit().amount()).setParameter("above", aboveLimit);
    }

    /** Debit each expense account with the net of its lines and VAT recoverable with the VAT; credit the employee's payable. */
    private JournalDraft journal(ExpenseClaim claim, List<ExpenseLine> lines, EmployeeDetails employee) {
        ExpensePolicy policy = expenses.policy();
        Map<String, Money> byAccount = new LinkedHashMap<>();
        Money vat = Money.ZERO;
        for (ExpenseLine line : lines) {
            String purpose = policy.category(line.category()).map(ExpensePolicy.Category::ledgerPurpose).orElse("EXPENSE_OTHER");
            String account = account(purpose);
            if (line.net().isPositive()) {
                byAccount.merge(account, line.net(), Money::plus);
            }
            vat = vat.plus(line.vat());
        }
        String reference = "Expense claim " + claim.id();
        List<JournalDraft.Line> journal = new ArrayList<>();
        byAccount.forEach((account, net) -> journal.add(new JournalDraft.Line(account, employee.costCentre(), net, null, reference)));
        if (vat.isPositive()) {
            journal.add(new JournalDraft.Line(account("VAT_RECOVERABLE"), null, vat, null, reference + ": VAT"));
        }
        journal.add(new JournalDraft.Line(account("EMPLOYEE_EXPENSES_PAYABLE"), null, null, claim.total(),
                reference + ": owed to " + employee.employeeNumber()));
        return new JournalDraft(expenses.today(), "Expenses of " + employee.givenName() + " " + employee.familyName() + ", claim " + claim.id(),
                "EXP-" + claim.id(), journal);
    }

    private String account(String purpose) {
        return finance.accountFor(purpose).orElseThrow(() -> new RuleRefused(
                "The chart of accounts has no account for " + purpose + ", so the claim cannot be posted. Ask finance to add one."));
    }
}

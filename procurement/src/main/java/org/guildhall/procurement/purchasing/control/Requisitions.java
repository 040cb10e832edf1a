package org.guildhall.procurement.purchasing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.finance.posting.Commitments;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.purchasing.entity.Requisition;
import org.guildhall.procurement.supplier.control.Suppliers;

/**
 * Requisitions: checked line by line, answered with the budget each line's cost centre and account has left (budget
 * less actuals less commitments, for the fiscal year), submitted by whoever raised them (over budget only with a
 * reason), and approved by the {@code approval-limits} policy's {@code requisitions} tiers, never by the requester;
 * over budget, only by the cost centre's budget holder. Approval raises the purchase order.
 */
@ApplicationScoped
public class Requisitions {

    static final int MAX_LINES = 100;
    /** Who sees every requisition, not only their own. */
    static final Set<TenantRole> OVERSEERS = EnumSet.of(TenantRole.PROCUREMENT, TenantRole.BUDGET_HOLDER, TenantRole.FINANCE,
            TenantRole.TENANT_ADMIN, TenantRole.AUDITOR);
    static final List<BigDecimal> VAT_RATES = List.of(new BigDecimal("0"), new BigDecimal("0.05"), new BigDecimal("0.2"));

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    OrderLines lines;

    @Inject
    PurchaseOrders orders;

    @Inject
    Suppliers suppliers;

    @Inject
    Posting finance;

    @Inject
    Commitments commitments;

    @Inject
    Approvals approvals;

    @Inject
    Policies policies;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record LineRequest(String description, BigDecimal quantity, Money unitPrice, String vat, String account, String costCentre) {
    }

    public record Request(Long supplier, List<LineRequest> lines, LocalDate neededBy, String overBudgetReason) {
    }

    /** One cost centre and account of a requisition: what its budget has left, and would have after this. */
    public record Funds(String costCentre, String account, Money available, Money afterThis) {
    }

    /** The budget answer: the tightest of the requisition's cost centres and accounts, and each of them. */
    public record Budget(Money available, Money afterThis, boolean overBudget, List<Funds> lines) {
    }

    /** A requisition with its lines, its budget answer and, once approved, its order. */
    public record Raised(Requisition requisition, List<OrderLine> lines, Budget budget, PurchaseOrders.Order order) {
    }

    public Raised create(Request request) {
        Checked checked = checked(request);
        Requisition requisition = new Requisition(me.username(), me.employeeNumber().orElse(null), request.supplier(), checked.year(),
                checked.total(), checked.reason(), request.neededBy(), clock.instant());
        em.persist(requisition);
        em.flush();
        lines.write(OrderLines.REQUISITION, requisition.id(), checked.lines());
        Budget budget = budget(checked.year(), checked.lines());
        audit.record("Requisition", requisition.id().toString(), "CREATE", null, requisition.state());
        return new Raised(requisition, checked.lines(), budget, null);
    }

    /** The budget answer {@code request} would get, refused as {@link #create} would refuse it, with nothing written. */
    public Budget preview(Request request) {
        Checked checked = checked(request);
        return budget(checked.year(), checked.lines());
    }

    /** A request as read and checked: its lines, over-budget reason, total and fiscal year. */
    private record Checked(List<OrderLine> lines, String reason, Money total, int year) {
    }

    private Checked checked(Request request) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        List<OrderLine> checked = check(request.lines(), errors);
        String reason = request.overBudgetReason() == null || request.overBudgetReason().isBlank() ? null : request.overBudgetReason().strip();
        if (reason != null && reason.length() > 500) {
            errors.add(new InvalidInput.Field("overBudgetReason", "Give the reason in up to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The requisition has invalid fields.", errors);
        }
        if (request.supplier() != null) {
            suppliers.find(request.supplier());
        }
        Money total = checked.stream().map(l -> l.net().plus(l.vat())).reduce(Money.ZERO, Money::plus);
        if (!total.isPositive()) {
            throw new InvalidInput("The requisition has invalid fields.", List.of(new InvalidInput.Field("lines", "A requisition comes to more than nothing")));
        }
        return new Checked(checked, reason, total, fiscalYear(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    public Raised find(long id) {
        Requisition requisition = em.find(Requisition.class, id);
        if (requisition == null || !visible(requisition)) {
            throw new Absent("There is no requisition " + id + ".");
        }
        List<OrderLine> found = lines.read(OrderLines.REQUISITION, id);
        PurchaseOrders.Order order = em.createQuery("select o.id from PurchaseOrder o where o.requisitionId = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().map(orders::find).orElse(null);
        boolean open = requisition.status() == Requisition.Status.DRAFT || requisition.status() == Requisition.Status.SUBMITTED;
        // once decided, its own order (if any) is among the commitments already: nothing more comes after it
        return new Raised(requisition, found, open ? budget(requisition.fiscalYear(), found) : budget(requisition.fiscalYear(), found, false), order);
    }

    /** Every requisition for those who oversee them, newest first; one's own for anyone else. */
    public PageRequest.Page<Requisition> list(PageRequest paging, String status) {
        boolean all = overseer();
        String where = (all ? " where 1 = 1" : " where r.requester = :me") + (status == null ? "" : " and r.status = :status");
        var page = em.createQuery("select r from Requisition r" + where + " order by r.id desc", Requisition.class);
        var count = em.createQuery("select count(r) from Requisition r" + where, Long.class);
        if (!all) {
            page.setParameter("me", me.username());
            count.setParameter("me", me.username());
        }
        if (status != null) {
            Requisition.Status wanted;
            try {
                wanted = Requisition.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("status",
                        "Choose DRAFT, SUBMITTED, APPROVED or REJECTED")));
            }
            page.setParameter("status", wanted);
            count.setParameter("status", wanted);
        }
        return paging.page(page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), count.getSingleResult());
    }

    public Raised submit(long id) {
        Requisition requisition = approvals.hold(Requisition.class, id);
        if (requisition == null || !requisition.requester().equals(me.username())) {
            throw requisition == null || !overseer() ? new Absent("There is no requisition " + id + ".")
                    : new NotPermitted("Only " + requisition.requester() + ", who raised it, submits it.");
        }
        List<OrderLine> found = lines.read(OrderLines.REQUISITION, id);
        Budget budget = budget(requisition.fiscalYear(), found);
        if (requisition.supplierId() == null) {
            throw new RuleRefused("Name the supplier before submitting: the order is raised to them.");
        }
        if (budget.overBudget() && requisition.overBudgetReason() == null) {
            throw new RuleRefused("This requisition is over budget (" + budget.afterThis() + " after it): raise it again with an "
                    + "overBudgetReason, and the cost centre's budget holder decides.");
        }
        JsonObject before = requisition.state();
        requisition.submit();
        em.flush();
        audit.record("Requisition", requisition.id().toString(), "SUBMIT", before, requisition.state());
        return new Raised(requisition, found, budget, null);
    }

    /** Approves (raising the order and committing its value) or rejects, with a reason, a submitted requisition. */
    public Raised decide(long id, boolean approve, String reason) {
        Requisition requisition = approvals.hold(Requisition.class, id);
        if (requisition == null || !visible(requisition)) {
            throw new Absent("There is no requisition " + id + ".");
        }
        if (requisition.status() != Requisition.Status.SUBMITTED) {
            throw new StateConflict("This requisition is " + requisition.status() + ": only a SUBMITTED one is decided.");
        }
        List<OrderLine> found = lines.read(OrderLines.REQUISITION, id);
        Budget budget = budget(requisition.fiscalYear(), found);
        RuntimeException refused = refusal(requisition, budget);
        if (refused != null) {
            throw refused;
        }
        String why = approvals.reason(approve, reason, requisition.requester());
        JsonObject before = requisition.state();
        requisition.decide(approve, me.username(), clock.instant(), why);
        em.flush();
        PurchaseOrders.Order order = approve ? orders.raise(requisition, found) : null;
        // the audit last: its chain head stays locked from the first record to the commit, so the less after it the better
        audit.record("Requisition", requisition.id().toString(), approve ? "APPROVE" : "REJECT", before, requisition.state());
        return new Raised(requisition, found, budget, order);
    }

    /**
     * The submitted requisitions the caller may decide, oldest first, with their budget answers: not their own, within
     * their role's limit, and over budget only for the cost centre's budget holder.
     */
    public List<Raised> queue(int most) {
        List<Requisition> submitted = em.createQuery("select r from Requisition r where r.status = :status and r.requester <> :me order by r.id",
                Requisition.class).setParameter("status", Requisition.Status.SUBMITTED).setParameter("me", me.username()).setMaxResults(500)
                .getResultStream().filter(r -> me.holds(approverFor(r.total()))).toList();
        // every candidate's lines in one read, and each fiscal year's budgets in one more: never a query per requisition
        Map<Long, List<OrderLine>> found = lines.readAll(OrderLines.REQUISITION, submitted.stream().map(Requisition::id).toList());
        Map<Integer, Map<Commitments.Key, Commitments.Funds>> funds = new java.util.HashMap<>();
        submitted.stream().collect(java.util.stream.Collectors.groupingBy(Requisition::fiscalYear)).forEach((year, ofYear) -> funds.put(year,
                commitments.funds(year, ofYear.stream().flatMap(r -> found.get(r.id()).stream())
                        .map(l -> new Commitments.Key(l.costCentre(), l.account())).collect(java.util.stream.Collectors.toSet()))));
        List<Raised> queue = new ArrayList<>();
        for (Requisition requisition : submitted) {
            List<OrderLine> its = found.get(requisition.id());
            Budget budget = budget(its, true, funds.get(requisition.fiscalYear()));
            if (refusal(requisition, budget) == null) {
                queue.add(new Raised(requisition, its, budget, null));
                if (queue.size() == most) {
                    break;
                }
            }
        }
        return queue;
    }

    /** Whether the caller sees requisition {@code id} (their own, or any for those who oversee buying), without reading it whole. */
    public boolean visible(long id) {
        Requisition requisition = em.find(Requisition.class, id);
        return requisition != null && visible(requisition);
    }

    /** Whether the caller may decide {@code raised} now. */
    public boolean decidable(Raised raised) {
        return raised.requisition().status() == Requisition.Status.SUBMITTED && refusal(raised.requisition(), raised.budget()) == null;
    }

    /** Why the caller may not decide {@code requisition} with {@code budget}, or null when they may. */
    private RuntimeException refusal(Requisition requisition, Budget budget) {
        if (requisition.requester().equals(me.username())) {
            return new NotPermitted("You raised this requisition, so someone else decides it.");
        }
        TenantRole role = approverFor(requisition.total());
        if (!me.holds(role)) {
            return new NotPermitted("A requisition of " + requisition.total() + " is decided by someone with the role " + role + ".");
        }
        if (budget.overBudget()) {
            Funds over = budget.lines().stream().filter(f -> f.afterThis().amount().signum() < 0).findFirst().orElseThrow();
            String holder = finance.budgetHolder(over.costCentre()).orElse(null);
            if (!me.holds(TenantRole.BUDGET_HOLDER) || (holder != null && !holder.equals(me.username())
                    && !holder.equals(me.employeeNumber().orElse(null)))) {
                return new NotPermitted("It is over the budget of cost centre " + over.costCentre() + ", so "
                        + (holder == null ? "its budget holder" : holder + ", its budget holder,") + " decides it.");
            }
        }
        return null;
    }

    /** Whether the caller oversees buying, and so sees every requisition. */
    private boolean overseer() {
        return me.roles().stream().anyMatch(OVERSEERS::contains);
    }

    /** Whether the caller sees {@code requisition}: their own, or any for those who oversee buying. */
    private boolean visible(Requisition requisition) {
        return requisition.requester().equals(me.username()) || overseer();
    }

    /** The budget answer for {@code lines}: per cost centre and account, what is left, and what would be after their net. */
    Budget budget(int fiscalYear, List<OrderLine> lines) {
        return budget(fiscalYear, lines, true);
    }

    private Budget budget(int fiscalYear, List<OrderLine> lines, boolean toCome) {
        return budget(lines, toCome, commitments.funds(fiscalYear, lines.stream().map(l -> new Commitments.Key(l.costCentre(), l.account()))
                .collect(java.util.stream.Collectors.toSet())));
    }

    /** The budget answer for {@code lines} from {@code all}, the funds already read for (at least) their keys. */
    private static Budget budget(List<OrderLine> lines, boolean toCome, Map<Commitments.Key, Commitments.Funds> all) {
        Map<Commitments.Key, Money> byKey = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            byKey.merge(new Commitments.Key(line.costCentre(), line.account()), line.net(), Money::plus);
        }
        List<Funds> funds = new ArrayList<>();
        Funds tightest = null;
        for (Map.Entry<Commitments.Key, Money> entry : byKey.entrySet()) {
            Commitments.Key key = entry.getKey();
            Money available = all.get(key).available();
            Funds f = new Funds(key.costCentre(), key.account(), available, toCome ? available.minus(entry.getValue()) : available);
            funds.add(f);
            if (tightest == null || f.afterThis().compareTo(tightest.afterThis()) < 0) {
                tightest = f;
            }
        }
        return new Budget(tightest.available(), tightest.afterThis(), tightest.afterThis().amount().signum() < 0, funds);
    }

    /** The role the {@code requisitions} tiers of the approval limits give an amount (an invoice without an order's too). */
    public TenantRole approverFor(Money total) {
        return approvals.byAmount("requisitions", total, List.of(new Approvals.Tier("10000.00", TenantRole.BUDGET_HOLDER),
                new Approvals.Tier(null, TenantRole.FINANCE)));
    }

    /** The UK public sector's fiscal year, April to March, named by the year it starts. */
    static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    private List<OrderLine> check(List<LineRequest> requested, List<InvalidInput.Field> errors) {
        List<OrderLine> checked = new ArrayList<>();
        if (requested == null || requested.isEmpty() || requested.size() > MAX_LINES) {
            errors.add(new InvalidInput.Field("lines", "Add 1 to " + MAX_LINES + " lines"));
            return checked;
        }
        Set<String> costCentres = finance.existingCostCentres(requested.stream()
                .map(line -> line == null || line.costCentre() == null ? "" : line.costCentre().strip()).collect(java.util.stream.Collectors.toSet()));
        for (int i = 0; i < requested.size(); i++) {
            LineRequest line = requested.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(new InvalidInput.Field(at + "description", "Describe what is wanted"));
                continue;
            }
            int before = errors.size();
            String description = line.description() == null ? "" : line.description().strip();
            if (description.isEmpty() || description.length() > 200) {
                errors.add(new InvalidInput.Field(at + "description", "Describe what is wanted in up to 200 characters"));
            }
            BigDecimal quantity = line.quantity();
            if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3 || quantity.compareTo(new BigDecimal("999999999")) > 0) {
                errors.add(new InvalidInput.Field(at + "quantity", "Enter a quantity more than 0 with at most 3 decimals"));
            }
            if (line.unitPrice() == null) {
                errors.add(new InvalidInput.Field(at + "unitPrice", "Enter the price of one, excluding VAT, such as \"12.50\""));
            }
            BigDecimal rate = vatRate(line.vat());
            if (rate == null) {
                errors.add(new InvalidInput.Field(at + "vat", "Choose a VAT rate: 20, 5 or 0 (percent), or leave it out for 20"));
            }
            String account = finance.expenseAccount(line.account()).orElse(null);
            if (account == null) {
                errors.add(new InvalidInput.Field(at + "account", "Choose an expense account by its code or purpose"));
            }
            String costCentre = line.costCentre() == null ? "" : line.costCentre().strip();
            if (!costCentres.contains(costCentre)) {
                errors.add(new InvalidInput.Field(at + "costCentre", "Choose one of the organisation's cost centres"));
            }
            if (errors.size() == before) {
                checked.add(new OrderLine(i + 1, description, quantity.stripTrailingZeros(), line.unitPrice(), rate, account, costCentre,
                        BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        return checked;
    }

    /** A VAT rate as written: 20, "20%", 0.2; absent means the standard rate; null for any other rate. */
    public static BigDecimal vatRate(String written) {
        if (written == null || written.isBlank()) {
            return new BigDecimal("0.2");
        }
        try {
            BigDecimal value = new BigDecimal(written.strip().replace("%", ""));
            BigDecimal rate = value.compareTo(BigDecimal.ONE) > 0 ? value.movePointLeft(2) : value;
            return VAT_RATES.stream().filter(r -> r.compareTo(rate) == 0).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

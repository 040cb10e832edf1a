package org.guildhall.hr.approval.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.hr.approval.entity.ApprovalLimit;
import org.guildhall.hr.approval.entity.Approver;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * Who may act for whom, for every feature whose items need someone else's decision. It runs inside the caller's
 * transaction: the use case that decides opens it, holds the item with {@link #hold} and calls {@link #recorded}
 * once the item has changed.
 */
@ApplicationScoped
public class Approvals {

    static final int MOST_REASON = 500;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Myself me;

    @Inject
    Policies policies;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Notice> notices;

    @Inject
    Clock clock;

    /** The caller as an approver, with the managers they act for today. */
    public Approver caller() {
        return new Approver(me.employeeNumber().orElse(null), me.username(), managersActedFor(), me::holds);
    }

    /** One section of the tenant's {@code approval-limits} policy, e.g. {@code expenseClaims}. */
    public ApprovalLimit limit(String section) {
        return ApprovalLimit.of(policies.document("approval-limits").getJsonObject(section));
    }

    /**
     * The role a tiered section of the {@code approval-limits} policy ({@code [{upTo, approver}]}, the last {@code upTo}
     * null) gives {@code amount}: the first tier it is within; {@code otherwise} when the tenant's policy has no such
     * section (onboarded before it existed) or the amount is above every tier.
     */
    public TenantRole byAmount(String section, org.guildhall.platform.money.Money amount, List<Tier> otherwise) {
        jakarta.json.JsonValue tiers = policies.document("approval-limits").get(section);
        if (tiers instanceof jakarta.json.JsonArray array) {
            for (jakarta.json.JsonValue tier : array) {
                jakarta.json.JsonValue upTo = tier.asJsonObject().get("upTo");
                if (upTo == null || upTo == jakarta.json.JsonValue.NULL
                        || amount.compareTo(org.guildhall.platform.money.Money.parse(((jakarta.json.JsonString) upTo).getString())) <= 0) {
                    return TenantRole.valueOf(tier.asJsonObject().getString("approver"));
                }
            }
        }
        for (Tier tier : otherwise) {
            if (tier.upTo() == null || amount.compareTo(org.guildhall.platform.money.Money.parse(tier.upTo())) <= 0) {
                return tier.approver();
            }
        }
        return otherwise.get(otherwise.size() - 1).approver();
    }

    /** A tier of approval by amount: up to {@code upTo} (null: any amount), {@code approver} decides. */
    public record Tier(String upTo, TenantRole approver) {
    }

    /**
     * Reads an item and holds its row to the end of the transaction, so of several deciding at once exactly one finds
     * it still undecided; null when there is none.
     */
    public <T> T hold(Class<T> type, Object id) {
        return em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The reason as recorded: stripped, or null when blank. A rejection needs one, so {@code givenName} (the requester)
     * knows why.
     */
    public String reason(boolean approve, String reason, String givenName) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approve && why == null) {
            throw new InvalidInput("The request has invalid fields.",
                    List.of(new InvalidInput.Field("reason", "Say why you are rejecting it, so " + givenName + " knows")));
        }
        if (why != null && why.length() > MOST_REASON) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("reason", "Keep the reason to 500 characters")));
        }
        return why;
    }

    /** Audits a decision on an item and tells whoever it was for. */
    public void recorded(String entity, Object id, boolean approve, JsonObject before, JsonObject after, Notice notice) {
        audit.record(entity, id.toString(), approve ? "APPROVE" : "REJECT", before, after);
        notices.fire(notice);
    }

    /**
     * The employees whose items the caller decides within a manager's power: reports of the managers they act for, and
     * for HR everyone without a manager; never the caller.
     */
    public List<String> reportsDecidedByMe() {
        Set<String> managers = managersActedFor();
        boolean hr = me.holds(TenantRole.HR_ADMIN);
        if (managers.isEmpty() && !hr) {
            return List.of();
        }
        List<String> reports = new ArrayList<>();
        if (!managers.isEmpty()) {
            reports.addAll(em.createQuery("select e.employeeNumber from Employee e where e.managerNumber in :managers", String.class)
                    .setParameter("managers", managers).getResultList());
        }
        if (hr) {
            reports.addAll(em.createQuery("select e.employeeNumber from Employee e where e.managerNumber is null", String.class)
                    .getResultList());
        }
        me.employeeNumber().ifPresent(reports::remove);
        return reports;
    }

    /** The caller's own number and those of managers who named the caller as their delegate for today. */
    public Set<String> managersActedFor() {
        Optional<String> mine = me.employeeNumber();
        if (mine.isEmpty()) {
            return Set.of();
        }
        Set<String> managers = new HashSet<>();
        managers.add(mine.get());
        managers.addAll(em.createQuery("select d.managerNumber from LeaveDelegation d where d.delegateNumber = :me and d.withdrawn = false "
                        + "and d.fromDate <= :today and d.toDate >= :today", String.class)
                .setParameter("me", mine.get()).setParameter("today", BusinessCalendar.today(clock)).getResultList());
        return managers;
    }
}

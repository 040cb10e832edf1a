package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.hr.expenses.control.Expenses.Claim;
import org.guildhall.hr.expenses.entity.ClaimRules;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Submitting a draft claim for decision ({@link ClaimRules#submit}: receipts where the policy asks for them, mileage
 * priced again) and telling the line manager. It holds the employee's row, as making a claim does.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ExpenseSubmissions {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Expenses expenses;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Notice> notices;

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    public Claim submit(long id) {
        ExpenseClaim claim = expenses.holdForClaimant(id, "submit this claim");
        claim.ensureDraft();
        EmployeeDetails who = people.hold(claim.employeeNumber()).details();
        List<ExpenseLine> lines = expenses.lines(id);
        List<Receipt> receipts = expenses.receipts(id);
        JsonObject before = Expenses.state(claim, lines);
        Set<Integer> withReceipts = receipts.stream().map(Receipt::lineNo).filter(Objects::nonNull).collect(Collectors.toSet());
        claim.total(new ClaimRules(expenses.policy()).submit(lines, withReceipts, expenses.carMiles(claim.employeeNumber(),
                lines.stream().filter(l -> l.vehicle() == Mileage.Vehicle.CAR).map(ExpenseLine::spentOn))));
        claim.submit(clock.instant());
        em.flush();
        audit.record("ExpenseClaim", claim.id().toString(), "SUBMIT", before, Expenses.state(claim, lines));
        String approverRole = expenses.approverRole(claim);
        if (who.managerNumber() != null) {
            notices.fire(new Notice(who.managerNumber(), who.givenName() + " " + who.familyName() + " claimed £" + claim.total()
                    + " in expenses", approverRole == null ? "Approve or reject it from your expense approvals."
                    : "It is above your approval limit, so a budget holder decides it.",
                    "/expenses/" + session.current() + "/approvals"));
        }
        return new Claim(claim, lines, receipts, approverRole);
    }
}

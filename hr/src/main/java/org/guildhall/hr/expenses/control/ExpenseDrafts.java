package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.hr.expenses.control.Expenses.Claim;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.hr.expenses.entity.ClaimRules;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * Making a draft claim: its lines checked and priced by {@link ClaimRules}. It holds the employee's row, so two claims
 * cannot both take the same 45p miles.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ExpenseDrafts {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Expenses expenses;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Makes a draft claim for the caller (HR: for {@code employeeNumber}). {@code unreadable} are the fields the sender
     * could not read, answered together with every other problem of the lines.
     */
    public Claim create(String employeeNumber, List<ClaimLine> lines, List<InvalidInput.Field> unreadable) {
        String number = whoFor(employeeNumber);
        Employee employee = people.hold(number);
        ClaimRules rules = new ClaimRules(expenses.policy());
        rules.check(lines, unreadable, expenses.today(), employee.details().startDate());
        List<ClaimRules.Priced> priced = rules.price(lines, expenses.carMiles(number,
                lines.stream().filter(l -> l.vehicle() == Mileage.Vehicle.CAR).map(ClaimLine::date)));
        ExpenseClaim claim = new ExpenseClaim(number, me.username(), clock.instant());
        claim.total(ClaimRules.total(priced));
        em.persist(claim);
        em.flush();
        List<ExpenseLine> stored = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            ExpenseLine line = priced.get(i).toLine(claim.id(), i + 1);
            em.persist(line);
            stored.add(line);
        }
        em.flush();
        audit.record("ExpenseClaim", claim.id().toString(), "CREATE", null, Expenses.state(claim, stored),
                number.equals(me.employeeNumber().orElse(null)) ? null : number);
        return new Claim(claim, stored, List.of(), expenses.approverRole(claim));
    }

    private String whoFor(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank() || employeeNumber.equals(me.employeeNumber().orElse(null))) {
            return me.requireEmployeeNumber();
        }
        if (!me.holds(TenantRole.HR_ADMIN)) {
            throw new NotPermitted("You can only claim expenses for yourself.");
        }
        return employeeNumber;
    }
}

package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.guildhall.hr.expenses.control.Expenses.Claim;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseClaim.Status;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.tenancy.InTenant;

/** Reading expense claims and their receipts: the caller's own, their reports', or any for those whose role reads them. */
@ApplicationScoped
@Transactional
@InTenant
public class ExpenseQueries {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Expenses expenses;

    @Inject
    People people;

    @Inject
    Myself me;

    public Claim find(long id) {
        ExpenseClaim claim = em.find(ExpenseClaim.class, id);
        if (claim == null || !expenses.maySee(claim)) {
            throw new Absent("There is no expense claim " + id + ".");
        }
        return new Claim(claim, expenses.lines(id), expenses.receipts(id), expenses.approverRole(claim));
    }

    public Receipt receipt(long claimId, long receiptId) {
        find(claimId);
        Receipt receipt = em.find(Receipt.class, receiptId);
        if (receipt == null || !receipt.claimId().equals(claimId)) {
            throw new Absent("There is no receipt " + receiptId + " on this claim.");
        }
        receipt.content(); // read in the transaction, should the content be fetched lazily
        return receipt;
    }

    /** The caller's own claims (or, for whoever may read them, an employee's), newest first. */
    public List<ExpenseClaim> claimsOf(String employeeNumber, Status status, int offset, int limit) {
        String number = readable(employeeNumber);
        return em.createQuery("select c from ExpenseClaim c where c.employeeNumber = :n and (:status is null or c.status = :status) "
                        + "order by c.id desc", ExpenseClaim.class)
                .setParameter("n", number).setParameter("status", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOf(String employeeNumber, Status status) {
        String number = readable(employeeNumber);
        return em.createQuery("select count(c) from ExpenseClaim c where c.employeeNumber = :n and (:status is null or c.status = :status)",
                Long.class).setParameter("n", number).setParameter("status", status).getSingleResult();
    }

    /** A page of someone's claims and how many they have in all, read in one transaction so the two agree. */
    public ClaimPage pageOf(String employeeNumber, Status status, int offset, int limit) {
        return new ClaimPage(claimsOf(employeeNumber, status, offset, limit), countOf(employeeNumber, status));
    }

    /** Some claims, and how many there are in all. */
    public record ClaimPage(List<ExpenseClaim> items, long total) {
    }

    private String readable(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank() || employeeNumber.equals(me.employeeNumber().orElse(null))) {
            return me.requireEmployeeNumber();
        }
        Employee employee = people.find(employeeNumber);
        boolean theirManager = me.employeeNumber().map(m -> m.equals(employee.managerNumber())).orElse(false);
        if (!theirManager && Expenses.READ_ANYONE.stream().noneMatch(me::holds)) {
            throw new NotPermitted("You can see only your own claims and those of people who report to you.");
        }
        return employeeNumber;
    }
}

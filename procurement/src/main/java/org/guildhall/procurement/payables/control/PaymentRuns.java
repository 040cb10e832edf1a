package org.guildhall.procurement.payables.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.payments.control.PaymentAccounts;
import org.guildhall.finance.payments.entity.PaymentAccount;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.payments.Bacs18;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.entity.PaymentRun;
import org.guildhall.procurement.supplier.control.SupplierBankDetails;
import org.guildhall.procurement.supplier.entity.SupplierBankAccount;

/**
 * Payment runs. An AP clerk proposes one for a pay date: every approved invoice due by then that no other run has taken
 * and whose supplier's bank details are confirmed; invoices on hold and suppliers without confirmed details are left
 * out, each with the reason. The invoice rows are taken under their locks, so two runs racing never both take one. An AP
 * approver (not the preparer, and not anyone who changed the bank details of a supplier in the run in the last 90
 * days) approves it: DR trade payables, CR bank, on the pay date; its invoices become PAID. Its BACS Standard 18 file
 * pays each supplier once, from the tenant's SUPPLIERS payment account.
 * <p>
 * Credit notes are netted: a supplier's approved credit notes, oldest first, reduce what the run pays them as long as
 * the payment stays at or above nothing; one that would take it below is carried to a later run, with the reason.
 */
@ApplicationScoped
public class PaymentRuns {

    public static final String SOURCE = "PAYMENT_RUN";
    static final int PROCESSING_DAYS_BEFORE_PAY = 2;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    SupplierBankDetails bankDetails;

    @Inject
    PaymentAccounts paymentAccounts;

    @Inject
    Posting finance;

    @Inject
    Approvals approvals;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An invoice a run left out, and why. */
    public record LeftOut(long invoice, long supplier, String invoiceNumber, String reason) {
    }

    public record Proposed(PaymentRun run, List<LeftOut> leftOut) {
    }

    /** An invoice or credit note a run may take, for {@link #net}. */
    record Item(long id, long supplier, String number, Money total, boolean credit) {

        Money signed() {
            return credit ? total.negate() : total;
        }
    }

    /**
     * What a run takes of one supplier's {@code items}: every invoice, and its credit notes oldest first while what is
     * paid stays at or above nothing; a credit note that would take it below goes to {@code leftOut} for a later run.
     */
    static List<Item> net(List<Item> items, List<LeftOut> leftOut) {
        Money due = items.stream().filter(i -> !i.credit()).map(Item::total).reduce(Money.ZERO, Money::plus);
        List<Item> taken = new ArrayList<>(items.stream().filter(i -> !i.credit()).toList());
        Money credited = Money.ZERO;
        for (Item note : items.stream().filter(Item::credit).sorted(java.util.Comparator.comparingLong(Item::id)).toList()) {
            if (credited.plus(note.total()).amount().compareTo(due.amount()) <= 0) {
                credited = credited.plus(note.total());
                taken.add(note);
            } else {
                leftOut.add(new LeftOut(note.id(), note.supplier(), note.number(), "Credit note carried to a later run: the supplier is owed "
                        + due.minus(credited) + " in this one, less than its " + note.total()));
            }
        }
        return taken;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Invoices.UK);
    }

    public Proposed propose(LocalDate payDate) {
        if (payDate == null || payDate.isBefore(today()) || !Invoices.WORKING_DAYS.isWorkingDay(payDate)) {
            throw new InvalidInput("The payment run has invalid fields.", List.of(new InvalidInput.Field("payDate",
                    "Enter a working day from today on, such as " + Invoices.WORKING_DAYS.onOrAfter(today().plusDays(3)))));
        }
        PaymentRun run = new PaymentRun(payDate, me.username(), clock.instant());
        em.persist(run);
        em.flush();
        Connection connection = session.connection();
        List<LeftOut> leftOut = new ArrayList<>();
        Map<Long, List<Item>> candidates = new LinkedHashMap<>();
        try (PreparedStatement due = connection.prepareStatement("""
                select i.id, i.supplier_id, i.invoice_number, i.total, i.status, i.decision, b.status, i.kind
                from supplier_invoice i
                left join supplier_bank_account b on b.tenant_id = i.tenant_id and b.supplier_id = i.supplier_id
                where i.tenant_id = ? and i.payment_run_id is null and i.due_on <= ?
                  and (i.status = 'APPROVED' or (i.status = 'ON_HOLD' and i.held_from = 'APPROVED'))
                order by i.supplier_id, i.id
                for update of i""")) {
            due.setString(1, session.current());
            due.setDate(2, Date.valueOf(payDate));
            try (ResultSet row = due.executeQuery()) {
                while (row.next()) {
                    long invoice = row.getLong(1);
                    long supplier = row.getLong(2);
                    String number = row.getString(3);
                    if ("ON_HOLD".equals(row.getString(5))) {
                        leftOut.add(new LeftOut(invoice, supplier, number, "On hold: " + row.getString(6)));
                    } else if (!"CONFIRMED".equals(row.getString(7))) {
                        leftOut.add(new LeftOut(invoice, supplier, number, row.getString(7) == null ? "The supplier has no bank details"
                                : "The supplier's new bank details are not yet confirmed by a second person"));
                    } else {
                        candidates.computeIfAbsent(supplier, s -> new ArrayList<>()).add(new Item(invoice, supplier, number,
                                Money.of(row.getBigDecimal(4)), "CREDIT_NOTE".equals(row.getString(8))));
                    }
                }
            }
            List<Item> taken = candidates.values().stream().flatMap(items -> net(items, leftOut).stream()).toList();
            take(run.id(), taken.stream().map(Item::id).toList());
            run.takes(taken.size(), taken.stream().map(Item::signed).reduce(Money.ZERO, Money::plus));
        } catch (SQLException e) {
            throw new IllegalStateException("could not propose the payment run", e);
        }
        em.flush();
        var out = Json.createArrayBuilder();
        leftOut.forEach(l -> out.add(Json.createObjectBuilder().add("invoice", l.invoice()).add("reason", l.reason())));
        audit.record("PaymentRun", run.id().toString(), "PROPOSE", null, Json.createObjectBuilder(run.state()).add("leftOut", out).build());
        return new Proposed(run, leftOut);
    }

    /**
     * An invoice held or rejected since the proposal may leave a supplier's credit notes worth more than what the run
     * still pays them: those that no longer fit go back for a later run, newest first, as {@link #net} would leave them.
     */
    private void dropCreditsThatNoLongerFit(long runId) throws SQLException {
        Map<Long, List<Item>> bySupplier = new LinkedHashMap<>();
        try (PreparedStatement query = session.connection().prepareStatement(
                "select id, supplier_id, invoice_number, total, kind from supplier_invoice where tenant_id = ? and payment_run_id = ? order by id")) {
            query.setString(1, session.current());
            query.setLong(2, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    bySupplier.computeIfAbsent(row.getLong(2), s -> new ArrayList<>()).add(new Item(row.getLong(1), row.getLong(2), row.getString(3),
                            Money.of(row.getBigDecimal(4)), "CREDIT_NOTE".equals(row.getString(5))));
                }
            }
        }
        List<LeftOut> carried = new ArrayList<>();
        bySupplier.values().forEach(items -> net(items, carried));
        if (!carried.isEmpty()) {
            try (PreparedStatement drop = session.connection().prepareStatement(
                    "update supplier_invoice set payment_run_id = null, version = version + 1 where tenant_id = ? and id = any (?)")) {
                drop.setString(1, session.current());
                drop.setArray(2, session.connection().createArrayOf("bigint", carried.stream().map(LeftOut::invoice).toArray()));
                drop.executeUpdate();
            }
        }
    }

    private void take(long run, List<Long> invoices) throws SQLException {
        Connection connection = session.connection();
        try (PreparedStatement take = connection.prepareStatement(
                "update supplier_invoice set payment_run_id = ?, version = version + 1 where tenant_id = ? and id = any (?)")) {
            Array ids = connection.createArrayOf("bigint", invoices.toArray());
            take.setLong(1, run);
            take.setString(2, session.current());
            take.setArray(3, ids);
            take.executeUpdate();
        }
    }

    public PaymentRun find(long id) {
        PaymentRun run = em.find(PaymentRun.class, id);
        if (run == null) {
            throw new Absent("There is no payment run " + id + ".");
        }
        return run;
    }

    public PageRequest.Page<PaymentRun> list(PageRequest paging) {
        return paging.page(em.createQuery("select r from PaymentRun r order by r.id desc", PaymentRun.class).setFirstResult(paging.offset())
                .setMaxResults(paging.size()).getResultList(), em.createQuery("select count(r) from PaymentRun r", Long.class).getSingleResult());
    }

    /** Each supplier the run pays, with the sum and the invoices; for the file, remittances and the page. */
    public record Payee(long supplier, Money amount, List<String> invoiceNumbers) {
    }

    public List<Payee> payees(long runId) {
        Map<Long, Payee> payees = new LinkedHashMap<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select supplier_id, invoice_number, case when kind = 'CREDIT_NOTE' then -total else total end from supplier_invoice
                where tenant_id = ? and payment_run_id = ? and status in ('APPROVED', 'PAID') order by supplier_id, kind desc, id""")) {
            query.setString(1, session.current());
            query.setLong(2, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long supplier = row.getLong(1);
                    Payee was = payees.get(supplier);
                    List<String> numbers = was == null ? new ArrayList<>() : new ArrayList<>(was.invoiceNumbers());
                    numbers.add(row.getString(2));
                    payees.put(supplier, new Payee(supplier, (was == null ? Money.ZERO : was.amount()).plus(Money.of(row.getBigDecimal(3))), numbers));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the run's payments", e);
        }
        return List.copyOf(payees.values());
    }

    /** One invoice a remittance advice lists. */
    public record Remitted(String invoiceNumber, LocalDate invoiceDate, Money amount) {
    }

    /** The invoices an approved run paid {@code supplier}; 404 when it paid them nothing, 409 before it is approved. */
    public List<Remitted> remitted(long runId, long supplier) {
        PaymentRun run = find(runId);
        if (run.status() != PaymentRun.Status.APPROVED) {
            throw new StateConflict("Payment run " + runId + " is " + run.status() + ": a remittance advice follows its approval.");
        }
        List<Remitted> remitted = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select invoice_number, invoice_date, case when kind = 'CREDIT_NOTE' then -total else total end from supplier_invoice
                where tenant_id = ? and payment_run_id = ? and supplier_id = ? and status = 'PAID' order by kind desc, invoice_date, id""")) {
            query.setString(1, session.current());
            query.setLong(2, runId);
            query.setLong(3, supplier);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    remitted.add(new Remitted(row.getString(1), row.getDate(2).toLocalDate(), Money.of(row.getBigDecimal(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the remittance", e);
        }
        if (remitted.isEmpty()) {
            throw new Absent("Payment run " + runId + " paid supplier " + supplier + " nothing.");
        }
        return remitted;
    }

    /**
     * Pays the run: what it still holds of approved invoices (one held or rejected since it was proposed drops out),
     * posted as one journal, each invoice PAID. Two approving at once: one wins, the other finds it approved (409).
     */
    public PaymentRun approve(long id) {
        PaymentRun run = approvals.hold(PaymentRun.class, id);
        if (run == null) {
            throw new Absent("There is no payment run " + id + ".");
        }
        if (run.status() != PaymentRun.Status.PROPOSED) {
            throw new StateConflict("Payment run " + id + " is " + run.status() + ": only a proposed run is approved.");
        }
        if (run.preparedBy().equals(me.username())) {
            throw new NotPermitted("You prepared this payment run, so someone else approves it.");
        }
        JsonObject before = run.state();
        Connection connection = session.connection();
        try {
            // the run's invoices held too, so one put on hold meanwhile is either dropped here or finds itself paid
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from supplier_invoice where tenant_id = ? and payment_run_id = ? order by id for update")) {
                lock.setString(1, session.current());
                lock.setLong(2, id);
                lock.executeQuery().close();
            }
            try (PreparedStatement drop = connection.prepareStatement("""
                    update supplier_invoice set payment_run_id = null, version = version + 1
                    where tenant_id = ? and payment_run_id = ? and status <> 'APPROVED'""")) {
                drop.setString(1, session.current());
                drop.setLong(2, id);
                drop.executeUpdate();
            }
            dropCreditsThatNoLongerFit(id);
            List<Payee> payees = payees(id);
            try (PreparedStatement changed = connection.prepareStatement("""
                    select supplier_id from supplier_bank_account where tenant_id = ? and supplier_id = any (?) and changed_by = ? and changed_at > ?
                    order by supplier_id limit 1""")) {
                changed.setString(1, session.current());
                changed.setArray(2, connection.createArrayOf("bigint", payees.stream().map(Payee::supplier).toArray()));
                changed.setString(3, me.username());
                changed.setTimestamp(4, Timestamp.from(clock.instant().minus(SupplierBankAccount.FLAGGED_FOR)));
                try (ResultSet row = changed.executeQuery()) {
                    if (row.next()) {
                        throw new NotPermitted("You changed the bank details of supplier " + row.getLong(1)
                                + " in the last 90 days, so someone else approves a run that pays them.");
                    }
                }
            }
            Money total = payees.stream().map(Payee::amount).reduce(Money.ZERO, Money::plus);
            int count = payees.stream().mapToInt(p -> p.invoiceNumbers().size()).sum();
            if (count == 0) {
                throw new RuleRefused("Payment run " + id + " has nothing left to pay: every invoice it took has been held or rejected since.");
            }
            String payables = finance.requireAccountFor("TRADE_PAYABLES", "trade payables", "the run cannot be posted");
            String bank = finance.requireAccountFor("BANK", "the bank", "the run cannot be posted");
            Long journal = total.isZero() ? null : finance.post(SOURCE, Long.toString(id), new JournalDraft(run.payDate(), "Payment run " + id,
                    "PR-" + id, List.of(new JournalDraft.Line(payables, null, total, null, "Payment run " + id + ": " + count + " invoices and credit notes"),
                    new JournalDraft.Line(bank, null, null, total, "Payment run " + id)))).journalId();
            try (PreparedStatement paid = connection.prepareStatement("""
                    update supplier_invoice set status = 'PAID', paid_on = ?, version = version + 1
                    where tenant_id = ? and payment_run_id = ? and status = 'APPROVED'""")) {
                paid.setDate(1, Date.valueOf(run.payDate()));
                paid.setString(2, session.current());
                paid.setLong(3, id);
                paid.executeUpdate();
            }
            run.takes(count, total);
            run.approve(me.username(), clock.instant(), journal);
            em.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("could not approve the payment run", e);
        }
        audit.record("PaymentRun", run.id().toString(), "APPROVE", before, run.state());
        return run;
    }


    /**
     * Writes the approved run's BACS Standard 18 file: one credit a supplier, from the SUPPLIERS payment account, to be
     * processed two working days before the pay date (refused once that day has passed).
     */
    public void bacs(long id, Writer out) {
        PaymentRun run = find(id);
        if (run.status() != PaymentRun.Status.APPROVED) {
            throw new StateConflict("Only an approved run is paid: this one is " + run.status() + ".");
        }
        Bacs18.Originator originator = paymentAccounts.of(PaymentAccount.Purpose.SUPPLIERS).map(PaymentAccount::originator)
                .orElseThrow(() -> new RuleRefused("There is no SUPPLIERS payment account to pay from: finance sets it at "
                        + "payment-accounts/SUPPLIERS, with the BACS service user number."));
        LocalDate processing = Invoices.WORKING_DAYS.minus(run.payDate(), PROCESSING_DAYS_BEFORE_PAY);
        if (processing.isBefore(today())) {
            throw new RuleRefused("BACS needs the file by " + processing + " to pay on " + run.payDate() + " (three working days), which has passed.");
        }
        List<Payee> payees = payees(id).stream().filter(p -> p.amount().isPositive()).toList();
        if (payees.isEmpty()) {
            throw new RuleRefused("Payment run " + id + " pays nothing by BACS: credit notes settle what it owes every supplier in it.");
        }
        List<UkBankAccount> accounts = new ArrayList<>();
        for (Payee payee : payees) {
            accounts.add(bankDetails.open(bankDetails.find(payee.supplier())));
        }
        Bacs18 file = new Bacs18(out, originator, "%06d".formatted(id % 1_000_000), today(), processing);
        for (int i = 0; i < payees.size(); i++) {
            UkBankAccount account = accounts.get(i);
            file.credit(account.sortCode(), account.accountNumber(), payees.get(i).amount().amount().movePointRight(2).longValueExact(),
                    "REMITTANCE PR" + id, account.accountName());
        }
        file.finish();
    }
}

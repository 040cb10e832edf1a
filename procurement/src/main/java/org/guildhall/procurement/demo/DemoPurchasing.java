package org.guildhall.procurement.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.procurement.demo.Step.Action;
import org.guildhall.procurement.demo.Step.Desk;
import org.guildhall.procurement.payables.control.Invoices;
import org.guildhall.procurement.payables.control.PaymentRuns;
import org.guildhall.procurement.payables.entity.PaymentRun;
import org.guildhall.procurement.payables.entity.SupplierInvoice;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.Receipts;
import org.guildhall.procurement.purchasing.control.Requisitions;
import org.guildhall.procurement.supplier.control.SupplierBankDetails;
import org.guildhall.procurement.supplier.control.Suppliers;
import org.guildhall.procurement.supplier.entity.SupplierBankAccount;

/**
 * Purchasing and payables' part of the demo centre: each tenant's {@link PurchasingPlan} done through the services the
 * API uses, as the people whose work it is, at the hours they do it. Before the year: finance budgets for what will
 * be bought, the buyer adds the suppliers with their bank details, and the second payables clerk confirms them. Each
 * month: requisitions raised and approved by limit into purchase orders, goods booked in, invoices entered and
 * matched (a few held as exceptions, most of those later resolved), and payment runs proposed and approved.
 * <p>
 * A person's work of a day is one sitting, one transaction; the step a rule refuses is never forced, so a refusal
 * stops the demo with the rule's own words rather than leaving a demo that breaks it. Authorisation lives on the
 * resources, which the demo does not pass through, so each sitting first checks that its person holds the roles the
 * resource would ask of them.
 */
@ApplicationScoped
public class DemoPurchasing implements DemoActivity {

    private static final Logger LOG = Logger.getLogger(DemoPurchasing.class.getName());
    /** A requisition says when it is needed: a fortnight on. */
    static final int NEEDED_WITHIN_DAYS = 14;
    static final String CALLED_BACK = "Called back on the number on file; their accounts team confirmed the new details";

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierBankDetails bankDetails;

    @Inject
    Requisitions requisitions;

    @Inject
    PurchaseOrders orders;

    @Inject
    Receipts receipts;

    @Inject
    Invoices invoices;

    @Inject
    PaymentRuns runs;

    @Inject
    Budgets budgets;

    @Inject
    FiscalCalendar calendar;

    @Inject
    Myself me;

    /** Each tenant's book, by code: built in one thread, one tenant and month at a time, on first start. */
    private final Map<String, DemoBook> books = new HashMap<>();

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void prepare(DemoTenant tenant) {
        PurchasingPlan plan = new PurchasingPlan(tenant);
        DemoBook book = new DemoBook(plan);
        books.put(tenant.code(), book);
        LocalDate day = plan.setUpDay();
        tenant.act(tenant.username(DemoTenant.FINANCE), DemoTenant.at(day, LocalTime.of(9, 30)), () -> budget(plan));
        book.supplied(tenant.act(tenant.username(DemoTenant.BUYER), DemoTenant.at(day, LocalTime.of(11, 0)), () -> addSuppliers(plan)));
        LocalDate next = PurchasingPlan.WORKING_DAYS.plus(day, 1);
        tenant.act(tenant.username(PurchasingPlan.PAYABLES), DemoTenant.at(next, LocalTime.of(9, 45)), () -> confirmBankDetails(book.suppliers()));
    }

    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        DemoBook book = books.get(tenant.code());
        if (book == null) {
            throw new IllegalStateException("Demo purchasing: " + tenant.code() + " was not prepared before its months");
        }
        book.schedule(book.plan().month(month));
        LocalDate until = lastDayDone(tenant, month);
        int sittings = 0;
        for (List<Step> sitting = book.nextSitting(until); !sitting.isEmpty(); sitting = book.nextSitting(until)) {
            sit(tenant, book, sitting);
            sittings++;
        }
        int done = sittings;
        LOG.fine(() -> "Demo purchasing: " + tenant.code() + " " + month + " in " + done + " sittings");
        if (month.equals(tenant.year().get(tenant.year().size() - 1))) {
            // what is still waiting would come after today: the book is done with
            books.remove(tenant.code());
        }
    }

    /**
     * The last day whose steps are done in {@code month}'s turn: its own last day, and after the year's last month on
     * to yesterday, so that the tenant's orders, queue and payments stand today as they would. Never today: nothing
     * is done at an hour still to come.
     */
    static LocalDate lastDayDone(DemoTenant tenant, YearMonth month) {
        LocalDate yesterday = tenant.today().minusDays(1);
        boolean last = month.equals(tenant.year().get(tenant.year().size() - 1));
        LocalDate end = last ? yesterday : month.atEndOfMonth();
        return end.isAfter(yesterday) ? yesterday : end;
    }

    /** Finance's part before the year: the fiscal years the demo posts in open, and budgets for what will be bought. */
    private void budget(PurchasingPlan plan) {
        require(TenantRole.FINANCE, "opening fiscal years and setting budgets");
        plan.fiscalYears().forEach(calendar::ensureYear);
        plan.budgets().forEach((year, lines) -> budgets.set(year, lines, "Budget", List.of()));
    }

    /** The buyer adds the tenant's suppliers and, as AP clerk, their bank details, verified by calling them back. */
    private List<Long> addSuppliers(PurchasingPlan plan) {
        require(TenantRole.PROCUREMENT, "adding suppliers");
        require(TenantRole.AP_CLERK, "entering suppliers' bank details");
        List<Long> ids = new ArrayList<>();
        for (DemoSupplier supplier : plan.suppliers()) {
            long id = suppliers.create(supplier.request(plan.termsDays(supplier))).id();
            bankDetails.change(id, supplier.sortCode(), supplier.accountNumber(), supplier.accountName(),
                    new SupplierBankAccount.Verification(SupplierBankDetails.CALL_BACK, supplier.phone(), CALLED_BACK));
            ids.add(id);
        }
        return ids;
    }

    /** A second AP clerk confirms each supplier's bank details, without which no run pays them. */
    private void confirmBankDetails(List<Long> ids) {
        require(TenantRole.AP_CLERK, "confirming suppliers' bank details");
        ids.forEach(bankDetails::confirm);
    }

    /** One person's steps of one day, in one transaction at their desk's hour; a payment run is proposed in one of its own. */
    private void sit(DemoTenant tenant, DemoBook book, List<Step> sitting) {
        Step first = sitting.get(0);
        String who = tenant.username(first.desk().person);
        Instant at = DemoTenant.at(first.day(), first.desk().time);
        try {
            if (first.desk() == Desk.PAYMENTS) {
                sitting.forEach(step -> proposeRun(tenant, book, step, who, at));
            } else {
                tenant.act(who, at, () -> sitting.forEach(step -> take(book, step)));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo purchasing in " + tenant.code() + ": " + who + " could not do their work of " + first.day()
                    + " (" + sitting.stream().map(s -> s.action().getClass().getSimpleName()).distinct().toList() + ")", e);
        }
    }

    /**
     * The clerk proposes a run, and the head approves it that afternoon. A run that would pay after the demo was built
     * is not proposed; one that finds nothing due is not kept (its transaction is rolled back), as a clerk who found
     * nothing to pay would not have proposed it.
     */
    private void proposeRun(DemoTenant tenant, DemoBook book, Step step, String who, Instant at) {
        LocalDate payDate = ((Action.ProposeRun) step.action()).payDate();
        if (!payDate.isBefore(tenant.today())) {
            return;
        }
        try {
            long run = tenant.act(who, at, () -> propose(payDate));
            book.schedule(List.of(new Step(step.day(), Desk.HEAD, new Action.ApproveRun(run))));
        } catch (NothingDue none) {
            LOG.finer(() -> "Demo purchasing: " + tenant.code() + " had nothing due by " + payDate);
        }
    }

    private long propose(LocalDate payDate) {
        require(TenantRole.AP_CLERK, "proposing a payment run");
        PaymentRun run = runs.propose(payDate).run();
        if (run.invoices() == 0) {
            throw new NothingDue();
        }
        return run.id();
    }

    /** Thrown to roll back a proposed run that takes nothing. */
    private static final class NothingDue extends RuntimeException {
        NothingDue() {
            super(null, null, false, false);
        }
    }

    private void take(DemoBook book, Step step) {
        Action action = step.action();
        if (action instanceof Action.Raise raise) {
            raise(book, raise.order(), step.day());
        } else if (action instanceof Action.Decide decide) {
            decide(book.made(decide.order()), decide);
        } else if (action instanceof Action.Cancel cancel) {
            cancel(book.made(cancel.order()));
        } else if (action instanceof Action.Receive receive) {
            receive(book.made(receive.order()), receive);
        } else if (action instanceof Action.Enter enter) {
            enter(book, enter);
        } else if (action instanceof Action.Accept accept) {
            accept(book.made(accept.order()), accept.reason());
        } else if (action instanceof Action.Reject reject) {
            reject(book.made(reject.order()), reject.reason());
        } else if (action instanceof Action.ApproveRun approve) {
            approveRun(approve.run());
        } else {
            throw new IllegalStateException("The demo has no way to take " + action);
        }
    }

    /** The buyer raises the requisition and submits it at once, as the form does. */
    private void raise(DemoBook book, DemoOrder order, LocalDate day) {
        List<Requisitions.LineRequest> lines = order.lines().stream().map(l -> new Requisitions.LineRequest(l.description(), l.quantity(),
                l.price(), l.vat(), l.account(), order.costCentre())).toList();
        long id = requisitions.create(new Requisitions.Request(book.supplierId(order), lines, day.plusDays(NEEDED_WITHIN_DAYS), null))
                .requisition().id();
        requisitions.submit(id);
        book.made(order).requisition = id;
    }

    /** Approved, the requisition becomes the purchase order; the service checks the approver's limit itself. */
    private void decide(DemoBook.Made made, Action.Decide decide) {
        Requisitions.Raised decided = requisitions.decide(made.requisition, decide.approve(), decide.reason());
        if (decided.order() != null) {
            made.order = decided.order().order().id();
        }
    }

    private void cancel(DemoBook.Made made) {
        require(TenantRole.PROCUREMENT, "cancelling an order");
        orders.end(made.order, true);
    }

    private void receive(DemoBook.Made made, Action.Receive receive) {
        require(TenantRole.PROCUREMENT, "booking goods in");
        List<Receipts.LineRequest> lines = receive.quantities().entrySet().stream()
                .map(e -> new Receipts.LineRequest(e.getKey(), e.getValue())).toList();
        receipts.record(made.order, receive.arrived(), lines);
    }

    /** The buyer, as AP clerk, enters the supplier's invoice; the service matches it and approves or queues it. */
    private void enter(DemoBook book, Action.Enter enter) {
        require(TenantRole.AP_CLERK, "entering supplier invoices");
        DemoBook.Made made = book.made(enter.order());
        long supplier = book.supplierId(enter.order());
        Money total = DemoOrder.total(enter.lines());
        List<Invoices.LineRequest> lines = enter.lines().stream()
                .map(l -> new Invoices.LineRequest(l.line(), null, l.quantity(), l.price(), l.vat())).toList();
        made.invoice = invoices.receive(new Invoices.Request(supplier, book.nextInvoiceNumber(enter.order()),
                book.undoubled(supplier, enter.dated(), total), enter.arrived(), made.order, lines, total)).invoice().id();
    }

    /** Accepts the variance of an invoice still in the queue; the service checks it is not its enterer, and their limit. */
    private void accept(DemoBook.Made made, String reason) {
        if (waiting(made)) {
            invoices.accept(made.invoice, reason);
        }
    }

    private void reject(DemoBook.Made made, String reason) {
        require(TenantRole.AP_CLERK, "rejecting an invoice");
        if (waiting(made)) {
            invoices.reject(made.invoice, reason);
        }
    }

    /** Whether the order's invoice is in the exception queue, and so still someone's to resolve. */
    private boolean waiting(DemoBook.Made made) {
        return made.invoice != null && invoices.find(made.invoice).invoice().status() == SupplierInvoice.Status.EXCEPTION;
    }

    private void approveRun(long run) {
        require(TenantRole.AP_APPROVER, "approving a payment run");
        runs.approve(run);
    }

    /** Refuses, as the resource would, work the person does not hold the role for: the demo's people must be set up as the rules need. */
    private void require(TenantRole role, String doing) {
        if (!me.holds(role)) {
            throw new IllegalStateException(me.username() + " does not hold " + role + ", which " + doing + " needs: the demo's roles "
                    + "(DemoTenant.roles) must give it them");
        }
    }
}

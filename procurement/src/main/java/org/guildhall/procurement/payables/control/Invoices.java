package org.guildhall.procurement.payables.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.payables.entity.SupplierInvoice;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.PurchasingPolicies;
import org.guildhall.procurement.purchasing.control.Requisitions;
import org.guildhall.procurement.purchasing.entity.GoodsReceived;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.purchasing.entity.PurchaseOrder;
import org.guildhall.procurement.supplier.control.SupplierBankDetails;
import org.guildhall.procurement.supplier.control.Suppliers;
import org.guildhall.procurement.supplier.entity.Supplier;

/**
 * Supplier invoices against purchase orders. Each is checked as it comes in (every bad field in one 400; an invoice that
 * does not add up, 422), then matched three ways against its order and receipts: within tolerance it is approved for
 * payment and posted at once (DR GRNI at the order's price, the price variance to the line's expense account, DR VAT
 * recoverable, CR trade payables), with no one touching it; otherwise it waits in the exception queue with its reasons.
 * Goods arriving match waiting invoices again by themselves; a person accepts a variance (by limit, never the one who
 * entered it), rejects, holds or releases an exception.
 */
@ApplicationScoped
public class Invoices {

    public static final String SOURCE = "SUPPLIER_INVOICE";
    static final int MAX_LINES = 200;
    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final PromptPayment PROMPT_PAYMENT = PromptPayment.withPublishedRates();
    /** Who accepts a price variance when the tenant's approval limits have no {@code invoiceVariances} tiers. */
    static final List<Approvals.Tier> VARIANCE_TIERS = List.of(new Approvals.Tier("250.00", TenantRole.AP_CLERK),
            new Approvals.Tier("10000.00", TenantRole.BUDGET_HOLDER), new Approvals.Tier(null, TenantRole.FINANCE));

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    ReportDatabase reports;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierBankDetails bankDetails;

    @Inject
    PurchaseOrders orders;

    @Inject
    PurchasingPolicies policies;

    @Inject
    Requisitions requisitions;

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

    public record LineRequest(Integer orderLine, String description, BigDecimal quantity, Money unitPrice, String vat, String account,
                              String costCentre) {

        public LineRequest(Integer orderLine, String description, BigDecimal quantity, Money unitPrice, String vat) {
            this(orderLine, description, quantity, unitPrice, vat, null, null);
        }
    }

    /**
     * An invoice, or with {@code type} CREDIT_NOTE a credit note reducing the supplier's invoice {@code credits} (its lines
     * name that invoice's order lines, or, without an order, accounts and cost centres).
     */
    public record Request(Long supplier, String invoiceNumber, LocalDate invoiceDate, LocalDate receivedDate, Long purchaseOrder,
                          List<LineRequest> lines, Money total, String type, Long credits) {

        public Request(Long supplier, String invoiceNumber, LocalDate invoiceDate, LocalDate receivedDate, Long purchaseOrder,
                       List<LineRequest> lines, Money total) {
            this(supplier, invoiceNumber, invoiceDate, receivedDate, purchaseOrder, lines, total, null, null);
        }
    }

    /** An invoice with its lines. */
    public record Invoice(SupplierInvoice invoice, List<InvoiceLine> lines) {
    }

    /** An invoice in the exception queue: how many working days since it was received. */
    public record Waiting(SupplierInvoice invoice, int ageInWorkingDays) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    /** What {@link #check} found: the supplier, the order (held), and the lines as billed, net and the VAT as stated. */
    record Checked(Request request, Supplier supplier, PurchaseOrders.Order order, String number, List<InvoiceLine> lines, Money net, Money vat,
                   SupplierInvoice credited) {
    }

    public Invoice receive(Request request) {
        Checked checked = check(request, direct);
        if (checked.credited() != null) {
            return credit(checked);
        }
        SupplierInvoice invoice = newInvoice(checked);
        em.persist(invoice);
        em.flush();
        write(Map.of(invoice.id(), checked.lines()));
        settle(invoice, checked.order(), checked.lines(), reasons(invoice, checked.order(), checked.lines(), direct));
        audit.record("SupplierInvoice", invoice.id().toString(), "RECEIVE", null, withReasons(invoice));
        return new Invoice(invoice, checked.lines());
    }

    SupplierInvoice newInvoice(Checked checked) {
        LocalDate received = checked.request().receivedDate();
        Supplier supplier = checked.supplier();
        return new SupplierInvoice(supplier.id(), checked.number(), SupplierInvoice.key(checked.number()), checked.request().invoiceDate(), received,
                supplier.sme() ? received : received.plusDays(supplier.paymentTermsDays()), checked.order() == null ? null : checked.order().order().id(),
                checked.net(), checked.vat(), me.username(), clock.instant());
    }

    /**
     * An invoice checked against what it names, before anything is written: every bad field (400), an order that is
     * not there (404) or to another supplier, a total that does not add up (422). What it reads, it reads through
     * {@code lookups}: one by one for an invoice by itself, all at once for a batch.
     */
    Checked check(Request request, Lookups lookups) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        String number = request.invoiceNumber() == null ? "" : request.invoiceNumber().strip();
        if (number.isEmpty() || number.length() > 40 || SupplierInvoice.key(number).isEmpty()) {
            errors.add(new InvalidInput.Field("invoiceNumber", "Enter the supplier's invoice number, up to 40 characters"));
        }
        if (request.supplier() == null) {
            errors.add(new InvalidInput.Field("supplier", "Name the supplier by its id"));
        }
        if (request.invoiceDate() == null) {
            errors.add(new InvalidInput.Field("invoiceDate", "Enter the date on the invoice, such as 2026-11-20"));
        }
        if (request.receivedDate() == null) {
            errors.add(new InvalidInput.Field("receivedDate", "Enter the day the invoice was received, such as 2026-11-23"));
        } else if (request.receivedDate().isAfter(today())) {
            errors.add(new InvalidInput.Field("receivedDate", "The invoice cannot be received after today"));
        } else if (request.invoiceDate() != null && request.receivedDate().isBefore(request.invoiceDate())) {
            errors.add(new InvalidInput.Field("receivedDate", "The invoice cannot be received before its date"));
        }
        SupplierInvoice.Kind kind = kind(request.type(), errors);
        SupplierInvoice credited = null;
        if (kind == SupplierInvoice.Kind.CREDIT_NOTE) {
            credited = request.credits() == null ? null : approvals.hold(SupplierInvoice.class, request.credits());
            if (credited == null || credited.kind() != SupplierInvoice.Kind.INVOICE || !credited.supplierId().equals(request.supplier())) {
                credited = null;
                errors.add(new InvalidInput.Field("credits", "Name, by its id, the invoice of this supplier that the credit note reduces"));
            }
            if (request.purchaseOrder() != null) {
                errors.add(new InvalidInput.Field("purchaseOrder", "Leave it out: a credit note bills the order of the invoice it reduces"));
            }
        } else if (request.credits() != null) {
            errors.add(new InvalidInput.Field("credits", "Only a credit note names an invoice it reduces"));
        }
        Long orderId = credited != null ? credited.orderId() : kind == SupplierInvoice.Kind.CREDIT_NOTE ? null : request.purchaseOrder();
        boolean ordered = orderId != null;
        java.util.Set<String> costCentres = ordered ? java.util.Set.of() : lookups.costCentres(requestedCostCentres(request.lines()));
        if (request.total() == null) {
            errors.add(new InvalidInput.Field("total", "Enter the invoice's total, VAT included, such as \"840.00\""));
        }
        List<LineRequest> requested = request.lines() == null ? List.of() : request.lines();
        if (requested.isEmpty() || requested.size() > MAX_LINES) {
            errors.add(new InvalidInput.Field("lines", "Add 1 to " + MAX_LINES + " lines"));
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size() && requested.size() <= MAX_LINES; i++) {
            LineRequest line = requested.get(i);
            String at = "lines[" + i + "].";
            int before = errors.size();
            if (line == null || (ordered && (line.orderLine() == null || line.orderLine() < 1))) {
                errors.add(new InvalidInput.Field(at + "poLine", "Name the order line this bills, from 1"));
                continue;
            }
            String account = null;
            String costCentre = null;
            if (!ordered) {
                account = lookups.expenseAccount(line.account()).orElse(null);
                if (account == null) {
                    errors.add(new InvalidInput.Field(at + "account", "An invoice without a purchase order names an expense account, by code or purpose"));
                }
                costCentre = line.costCentre() == null ? "" : line.costCentre().strip();
                if (!costCentres.contains(costCentre)) {
                    errors.add(new InvalidInput.Field(at + "costCentre", "Choose one of the organisation's cost centres"));
                }
                if (line.description() == null || line.description().isBlank()) {
                    errors.add(new InvalidInput.Field(at + "description", "Describe what is invoiced: there is no order line to take it from"));
                }
            }
            BigDecimal quantity = line.quantity();
            if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3 || quantity.compareTo(new BigDecimal("999999999")) > 0) {
                errors.add(new InvalidInput.Field(at + "quantity", "Enter a quantity more than 0 with at most 3 decimals"));
            }
            if (line.unitPrice() == null || !line.unitPrice().isPositive()) {
                errors.add(new InvalidInput.Field(at + "unitPrice", "Enter the price of one, excluding VAT, more than 0, such as \"12.50\""));
            }
            BigDecimal rate = Requisitions.vatRate(line.vat());
            if (rate == null) {
                errors.add(new InvalidInput.Field(at + "vat", "Choose a VAT rate: 20, 5 or 0 (percent), or leave it out for 20"));
            }
            String description = line.description() == null ? "" : line.description().strip();
            if (description.length() > 200) {
                errors.add(new InvalidInput.Field(at + "description", "Keep the description to 200 characters"));
            }
            if (errors.size() == before) {
                lines.add(new InvoiceLine(i + 1, ordered ? line.orderLine() : null, description, quantity.stripTrailingZeros(), line.unitPrice(), rate,
                        account, costCentre));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The invoice has invalid fields.", errors);
        }
        Supplier supplier = lookups.supplier(request.supplier());
        PurchaseOrders.Order order = ordered ? lookups.order(orderId) : null;
        if (ordered && order == null) {
            throw new Absent("There is no purchase order " + orderId + ".");
        }
        if (ordered && !order.order().supplierId().equals(supplier.id())) {
            throw new RuleRefused("Order " + order.order().number() + " is to another supplier, not " + supplier.name() + ".");
        }
        List<InvoiceLine> named = new ArrayList<>(ordered ? List.of() : lines);
        for (int i = 0; ordered && i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            OrderLine billed = order.lines().stream().filter(o -> o.line() == line.orderLine()).findFirst().orElse(null);
            if (billed == null) {
                errors.add(new InvalidInput.Field("lines[" + i + "].poLine", "Order " + order.order().number() + " has lines 1 to " + order.lines().size()));
            } else {
                named.add(line.description().isEmpty() ? new InvoiceLine(line.line(), line.orderLine(), billed.description(), line.quantity(),
                        line.unitPrice(), line.vatRate()) : line);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The invoice has invalid fields.", errors);
        }
        Money net = named.stream().map(InvoiceLine::net).reduce(Money.ZERO, Money::plus);
        Money vat = named.stream().map(InvoiceLine::vat).reduce(Money.ZERO, Money::plus);
        Money rounding = Money.of(new BigDecimal(named.size()).movePointLeft(2).setScale(2));
        if (request.total().minus(net.plus(vat)).amount().abs().compareTo(rounding.amount()) > 0) {
            throw new RuleRefused("The invoice's total " + request.total() + " is not its lines' net " + net + " plus VAT " + vat + " ("
                    + net.plus(vat) + "), allowing a penny of rounding a line.");
        }
        // the supplier's own VAT arithmetic, within a penny a line, is what is owed
        Money statedVat = request.total().minus(net);
        if (statedVat.negate().isPositive()) {
            throw new RuleRefused("The total " + request.total() + " is less than the lines' net " + net + ": the VAT on it cannot be negative.");
        }
        return new Checked(request, supplier, order, number, named, net, statedVat, credited);
    }

    private static SupplierInvoice.Kind kind(String type, List<InvalidInput.Field> errors) {
        if (type == null || type.isBlank()) {
            return SupplierInvoice.Kind.INVOICE;
        }
        try {
            return SupplierInvoice.Kind.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.Field("type", "Choose INVOICE or CREDIT_NOTE, or leave it out for an invoice"));
            return null;
        }
    }

    /**
     * A credit note against a posted invoice of the same supplier, for no more than what earlier credit notes have left
     * of it: approved and posted as it arrives (DR trade payables, CR each line's expense account and cost centre, CR VAT
     * recoverable), to be netted against the supplier's next payment.
     */
    private Invoice credit(Checked checked) {
        SupplierInvoice credited = checked.credited();
        Supplier supplier = checked.supplier();
        String number = checked.number();
        Money net = checked.net();
        Money vat = checked.vat();
        List<InvoiceLine> lines = checked.lines();
        if (!credited.posted()) {
            throw new RuleRefused("Invoice " + credited.id() + " (" + credited.invoiceNumber() + ") is " + credited.status()
                    + " and not posted, so there is nothing to credit: reject it, or accept it and then credit it.");
        }
        Money creditedBefore = Money.of(em.createQuery("select coalesce(sum(i.total), 0) from SupplierInvoice i where i.creditsId = :invoice "
                + "and i.status <> :rejected", BigDecimal.class).setParameter("invoice", credited.id())
                .setParameter("rejected", SupplierInvoice.Status.REJECTED).getSingleResult().setScale(2));
        Money left = credited.total().minus(creditedBefore);
        if (net.plus(vat).amount().compareTo(left.amount()) > 0) {
            throw new RuleRefused("A credit note of " + net.plus(vat) + " is more than what is left of invoice " + credited.invoiceNumber() + ": "
                    + credited.total() + (creditedBefore.isZero() ? "" : ", less " + creditedBefore + " already credited") + ", is " + left + ".");
        }
        em.createQuery("select i from SupplierInvoice i where i.supplierId = :supplier and i.kind = :credit and i.numberKey = :key", SupplierInvoice.class)
                .setParameter("supplier", supplier.id()).setParameter("credit", SupplierInvoice.Kind.CREDIT_NOTE)
                .setParameter("key", SupplierInvoice.key(number)).setMaxResults(1).getResultStream().findFirst().ifPresent(other -> {
                    throw new StateConflict("Credit note " + other.invoiceNumber() + " of " + supplier.name() + " is already recorded, as " + other.id() + ".");
                });
        SupplierInvoice note = SupplierInvoice.creditNote(credited, number, checked.request().invoiceDate(), checked.request().receivedDate(), net,
                vat, me.username(), clock.instant());
        em.persist(note);
        em.flush();
        write(Map.of(note.id(), lines));
        note.matched(List.of());
        note.approve(postCredit(note, checked.order(), lines), null, null);
        em.flush();
        audit.record("SupplierInvoice", note.id().toString(), "RECEIVE", null, withReasons(note));
        return new Invoice(note, lines);
    }

    /** DR trade payables; CR each line's expense account and cost centre (its order line's, when ordered); CR VAT recoverable. */
    private long postCredit(SupplierInvoice note, PurchaseOrders.Order order, List<InvoiceLine> lines) {
        String vatRecoverable = finance.requireAccountFor("VAT_RECOVERABLE", "VAT recoverable", "the credit note cannot be posted");
        String payables = finance.requireAccountFor("TRADE_PAYABLES", "trade payables", "the credit note cannot be posted");
        String reference = "credit note " + note.invoiceNumber();
        List<JournalDraft.Line> journal = new ArrayList<>();
        journal.add(new JournalDraft.Line(payables, null, note.total(), null, reference));
        for (InvoiceLine line : lines) {
            OrderLine ordered = order == null ? null : order.lines().stream().filter(o -> o.line() == line.orderLine()).findFirst().orElseThrow();
            journal.add(new JournalDraft.Line(ordered == null ? line.account() : ordered.account(), ordered == null ? line.costCentre()
                    : ordered.costCentre(), null, line.net(), reference + " line " + line.line()));
        }
        if (note.vat().isPositive()) {
            journal.add(new JournalDraft.Line(vatRecoverable, null, null, note.vat(), reference + ": VAT"));
        }
        return finance.post(SOURCE, note.id().toString(), new JournalDraft(note.receivedOn(), "Supplier credit note " + note.invoiceNumber(),
                "CN-" + note.id(), journal)).journalId();
    }

    /** Where a field of a request made from a UBL document stands in that document. */
    private static final Map<String, String> UBL_PATHS = Map.of("invoiceNumber", "/Invoice/cbc:ID", "invoiceDate", "/Invoice/cbc:IssueDate",
            "receivedDate", "/Invoice/cbc:IssueDate", "total", "/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount",
            "poLine", "cac:OrderLineReference/cbc:LineID", "quantity", "cbc:InvoicedQuantity", "unitPrice", "cac:Price/cbc:PriceAmount",
            "vat", "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", "description", "cac:Item/cbc:Name", "lines", "/Invoice/cac:InvoiceLine");

    /**
     * Takes a UBL 2.1 invoice (PEPPOL BIS Billing 3.0) received today: the order it quotes names the supplier, whose VAT
     * number, when the document gives one, must be the supplier's. Problems are named by their place in the document.
     */
    public Invoice receiveUbl(byte[] xml) {
        UblInvoice.Read read = UblInvoice.read(xml);
        PurchaseOrder quoted = orders.numbered(read.orderNumber()).orElseThrow(() -> new InvalidInput("The invoice document has invalid elements.",
                List.of(new InvalidInput.Field("/Invoice/cac:OrderReference/cbc:ID", "There is no purchase order " + read.orderNumber()))));
        long orderId = quoted.id();
        Supplier supplier = suppliers.find(quoted.supplierId());
        String onFile = supplier.details().vatNumber();
        if (read.supplierVat() != null && onFile != null && !org.guildhall.procurement.supplier.entity.VatNumber.normalise(read.supplierVat())
                .map(onFile::equals).orElse(false)) {
            throw new RuleRefused("The invoice's supplier VAT number " + read.supplierVat() + " is not that of " + supplier.name()
                    + " (" + onFile + "), to whom order " + read.orderNumber() + " was raised.");
        }
        List<LineRequest> lines = read.lines().stream().map(l -> new LineRequest(l.orderLine(), l.name(), l.quantity(), l.price(),
                l.vatPercent().toPlainString())).toList();
        try {
            return receive(new Request(supplier.id(), read.number(), read.issued(), today(), orderId, lines, read.payable()));
        } catch (InvalidInput refused) {
            throw new InvalidInput("The invoice document has invalid elements.", refused.fields().stream().map(f -> {
                java.util.regex.Matcher line = InvalidInput.Field.IN_LINE.matcher(f.name());
                if (line.matches()) {
                    return new InvalidInput.Field("/Invoice/cac:InvoiceLine[" + (Integer.parseInt(line.group(1)) + 1) + "]/"
                            + UBL_PATHS.getOrDefault(line.group(2), line.group(2)), f.message());
                }
                return new InvalidInput.Field(UBL_PATHS.getOrDefault(f.name(), f.name()), f.message());
            }).toList());
        }
    }

    private static java.util.Set<String> requestedCostCentres(List<LineRequest> lines) {
        return lines == null ? java.util.Set.of() : lines.stream().filter(java.util.Objects::nonNull)
                .map(l -> l.costCentre() == null ? "" : l.costCentre().strip()).collect(java.util.stream.Collectors.toSet());
    }

    /** Every reason {@code invoice} does not match now: its order's state, the three-way match, duplicates, new bank details. */
    List<MatchReason> reasons(SupplierInvoice invoice, PurchaseOrders.Order order, List<InvoiceLine> lines, Lookups lookups) {
        List<MatchReason> reasons = new ArrayList<>();
        if (order == null) {
            reasons.add(new MatchReason(MatchReason.NO_PURCHASE_ORDER, null, "a purchase order, or a budget holder's approval", "no order"));
        } else {
            PurchaseOrder.Status status = order.order().status();
            if (status == PurchaseOrder.Status.CLOSED || status == PurchaseOrder.Status.CANCELLED) {
                reasons.add(new MatchReason(MatchReason.ORDER_CLOSED, null, "an open order", order.order().number() + " " + status));
            }
            reasons.addAll(ThreeWayMatch.reasons(order.lines(), lines, lookups.tolerance()));
        }
        lookups.duplicateOf(invoice).ifPresent(other -> reasons.add(new MatchReason(MatchReason.SUSPECTED_DUPLICATE, null,
                "no other invoice with this number, or this amount and date", "invoice " + other.id() + " (" + other.number()
                + ", " + other.total() + ", " + other.date() + ")")));
        lookups.bankDetailsChanged(invoice.supplierId()).ifPresent(changed -> reasons.add(new MatchReason(MatchReason.BANK_DETAILS_CHANGED, null,
                "bank details unchanged for 90 days", "changed " + changed)));
        return reasons;
    }

    /** The invoice a new one may duplicate: the same supplier, and the same number key, or the same total and date. */
    record Duplicate(long id, String number, Money total, LocalDate date, String numberKey) {
    }

    /** What checking and matching read: each thing as it is asked for (one invoice), or all of a batch's at once. */
    interface Lookups {

        Supplier supplier(long id);

        /** The order, held against change until the transaction ends; null when there is none. */
        PurchaseOrders.Order order(long id);

        java.util.Set<String> costCentres(java.util.Set<String> codes);

        java.util.Optional<String> expenseAccount(String codeOrPurpose);

        PurchasingPolicies.PriceTolerance tolerance();

        /** The first other invoice (not rejected, not a credit note) {@code invoice} may duplicate. */
        java.util.Optional<Duplicate> duplicateOf(SupplierInvoice invoice);

        /** The day the supplier's bank details changed, when that is within the last 90 days. */
        java.util.Optional<LocalDate> bankDetailsChanged(long supplier);
    }

    /** Reads each thing as it is asked for: one invoice at a time. */
    private final Lookups direct = new Lookups() {

        @Override
        public Supplier supplier(long id) {
            return suppliers.find(id);
        }

        @Override
        public PurchaseOrders.Order order(long id) {
            return orders.hold(id);
        }

        @Override
        public java.util.Set<String> costCentres(java.util.Set<String> codes) {
            return finance.existingCostCentres(codes);
        }

        @Override
        public java.util.Optional<String> expenseAccount(String codeOrPurpose) {
            return finance.expenseAccount(codeOrPurpose);
        }

        @Override
        public PurchasingPolicies.PriceTolerance tolerance() {
            return policies.invoicePriceTolerance();
        }

        @Override
        public java.util.Optional<Duplicate> duplicateOf(SupplierInvoice invoice) {
            return em.createQuery("select i from SupplierInvoice i where i.supplierId = :supplier and i.id <> :id and i.status <> :rejected "
                            + "and i.kind = :invoice and (i.numberKey = :key or (i.total = :total and i.invoiceDate = :date)) order by i.id",
                            SupplierInvoice.class)
                    .setParameter("supplier", invoice.supplierId()).setParameter("id", invoice.id())
                    .setParameter("rejected", SupplierInvoice.Status.REJECTED).setParameter("invoice", SupplierInvoice.Kind.INVOICE)
                    .setParameter("key", invoice.numberKey())
                    .setParameter("total", invoice.total().amount()).setParameter("date", invoice.invoiceDate()).setMaxResults(1)
                    .getResultStream().findFirst().map(i -> new Duplicate(i.id(), i.invoiceNumber(), i.total(), i.invoiceDate(), i.numberKey()));
        }

        @Override
        public java.util.Optional<LocalDate> bankDetailsChanged(long supplier) {
            return changedWithin90Days(supplier);
        }
    };

    java.util.Optional<LocalDate> changedWithin90Days(long supplier) {
        try {
            var account = bankDetails.find(supplier);
            return account.flagged(clock.instant()) ? java.util.Optional.of(LocalDate.ofInstant(account.change().changedAt(), UK))
                    : java.util.Optional.empty();
        } catch (Absent none) {
            // no bank details yet: nothing changed; the payment run leaves the supplier out until they are confirmed
            return java.util.Optional.empty();
        }
    }

    /** Stores the match; with no reasons, approves the invoice and posts it. */
    private void settle(SupplierInvoice invoice, PurchaseOrders.Order order, List<InvoiceLine> lines, List<MatchReason> reasons) {
        invoice.matched(reasons);
        if (reasons.isEmpty()) {
            invoice.approve(post(invoice, order, lines), null, null);
            if (order != null) {
                orders.invoiced(order.order().id(), quantities(lines));
            }
        }
        em.flush();
    }

    static Map<Integer, BigDecimal> quantities(List<InvoiceLine> lines) {
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        lines.forEach(l -> quantities.merge(l.orderLine(), l.quantity(), BigDecimal::add));
        return quantities;
    }

    /** DR GRNI at the order's price, the difference to each line's expense account, DR VAT recoverable, CR trade payables. */
    private long post(SupplierInvoice invoice, PurchaseOrders.Order order, List<InvoiceLine> lines) {
        return finance.post(SOURCE, invoice.id().toString(), new JournalDraft(invoice.receivedOn(), "Supplier invoice " + invoice.invoiceNumber(),
                "INV-" + invoice.id(), journalLines(invoice, order, lines, accounts()))).journalId();
    }

    /** The accounts an invoice posts to, by purpose. */
    record Accounts(String grni, String vatRecoverable, String payables) {
    }

    Accounts accounts() {
        return new Accounts(finance.requireAccountFor("GRNI", "goods received not invoiced", "the invoice cannot be posted"),
                finance.requireAccountFor("VAT_RECOVERABLE", "VAT recoverable", "the invoice cannot be posted"),
                finance.requireAccountFor("TRADE_PAYABLES", "trade payables", "the invoice cannot be posted"));
    }

    /** The journal lines of an approved invoice (see {@link #post}). */
    static List<JournalDraft.Line> journalLines(SupplierInvoice invoice, PurchaseOrders.Order order, List<InvoiceLine> lines, Accounts accounts) {
        String grni = accounts.grni();
        String vatRecoverable = accounts.vatRecoverable();
        String payables = accounts.payables();
        String reference = (order == null ? "" : order.order().number() + " ") + "invoice " + invoice.invoiceNumber();
        List<JournalDraft.Line> journal = new ArrayList<>();
        Money cleared = Money.ZERO;
        for (InvoiceLine line : order == null ? List.<InvoiceLine>of() : lines) {
            OrderLine ordered = order.lines().stream().filter(o -> o.line() == line.orderLine()).findFirst().orElseThrow();
            Money atOrder = ThreeWayMatch.atOrderPrice(ordered, line.quantity());
            cleared = cleared.plus(atOrder);
            Money variance = line.net().minus(atOrder);
            if (!variance.isZero()) {
                journal.add(new JournalDraft.Line(ordered.account(), ordered.costCentre(), variance.isPositive() ? variance : null,
                        variance.isPositive() ? null : variance.negate(), reference + " line " + line.line() + ": price variance"));
            }
        }
        if (cleared.isPositive()) {
            journal.add(new JournalDraft.Line(grni, null, cleared, null, reference + ": goods received, now invoiced"));
        }
        if (order == null) {
            for (InvoiceLine line : lines) {
                journal.add(new JournalDraft.Line(line.account(), line.costCentre(), line.net(), null, reference + " line " + line.line()));
            }
        }
        if (invoice.vat().isPositive()) {
            journal.add(new JournalDraft.Line(vatRecoverable, null, invoice.vat(), null, reference + ": VAT"));
        }
        journal.add(new JournalDraft.Line(payables, null, null, invoice.total(), reference));
        return journal;
    }


    /** Goods arrived: every invoice of the order waiting in the queue is matched again, oldest first. */
    void goodsReceived(@Observes GoodsReceived received) {
        List<SupplierInvoice> waiting = em.createQuery("select i from SupplierInvoice i where i.orderId = :order and i.status = :exception "
                        + "order by i.id", SupplierInvoice.class).setParameter("order", received.orderId())
                .setParameter("exception", SupplierInvoice.Status.EXCEPTION).getResultList();
        for (SupplierInvoice invoice : waiting) {
            rematch(invoice, "REMATCH");
        }
    }

    private void rematch(SupplierInvoice invoice, String action) {
        JsonObject before = withReasons(invoice);
        PurchaseOrders.Order order = invoice.orderId() == null ? null : orders.hold(invoice.orderId());
        List<InvoiceLine> lines = read(invoice.id());
        settle(invoice, order, lines, reasons(invoice, order, lines, direct));
        audit.record("SupplierInvoice", invoice.id().toString(), action, before, withReasons(invoice));
    }

    public Invoice find(long id) {
        SupplierInvoice invoice = em.find(SupplierInvoice.class, id);
        if (invoice == null) {
            throw new Absent("There is no invoice " + id + ".");
        }
        return new Invoice(invoice, read(id));
    }

    public PageRequest.Page<SupplierInvoice> list(PageRequest paging, String status) {
        SupplierInvoice.Status wanted = null;
        if (status != null) {
            try {
                wanted = SupplierInvoice.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("status",
                        "Choose one of " + EnumSet.allOf(SupplierInvoice.Status.class))));
            }
        }
        String where = wanted == null ? "" : " where i.status = :status";
        var page = em.createQuery("select i from SupplierInvoice i" + where + " order by i.id desc", SupplierInvoice.class);
        var count = em.createQuery("select count(i) from SupplierInvoice i" + where, Long.class);
        if (wanted != null) {
            page.setParameter("status", wanted);
            count.setParameter("status", wanted);
        }
        return paging.page(page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), count.getSingleResult());
    }

    /** The exception queue, oldest first, with each invoice's age in working days. */
    public PageRequest.Page<Waiting> exceptions(PageRequest paging) {
        LocalDate today = today();
        List<Waiting> page = em.createQuery("select i from SupplierInvoice i where i.status = :exception order by i.receivedOn, i.id",
                        SupplierInvoice.class).setParameter("exception", SupplierInvoice.Status.EXCEPTION)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(i -> new Waiting(i, WORKING_DAYS.between(i.receivedOn(), today))).toList();
        long total = em.createQuery("select count(i) from SupplierInvoice i where i.status = :exception", Long.class)
                .setParameter("exception", SupplierInvoice.Status.EXCEPTION).getSingleResult();
        return paging.page(page, total);
    }

    /**
     * The prompt-payment measure of {@code from} to {@code to}, over the valid undisputed invoices (approved or paid):
     * those paid in the period, those that fell due in it, and those due by its end and not paid by then. A report: read
     * where {@link ReportDatabase} chooses (perhaps a replica a second or two behind the primary).
     */
    public PromptPayment.Measure promptPayment(LocalDate from, LocalDate to) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInput.Field("from", "Give the first day of the period, such as 2026-04-01"));
        }
        if (to == null || (from != null && to.isBefore(from))) {
            errors.add(new InvalidInput.Field("to", "Give the last day of the period, on or after its first, such as 2026-09-30"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        List<PromptPayment.Invoice> invoices = new ArrayList<>();
        try (PreparedStatement query = reports.connection().prepareStatement("""
                select total, received_on, due_on, paid_on from supplier_invoice
                where tenant_id = ? and status in ('APPROVED', 'PAID') and kind = 'INVOICE'
                  and (paid_on between ? and ? or due_on between ? and ? or (due_on <= ? and (paid_on is null or paid_on > ?)))""")) {
            query.setFetchSize(5_000);
            query.setString(1, session.current());
            query.setDate(2, java.sql.Date.valueOf(from));
            query.setDate(3, java.sql.Date.valueOf(to));
            query.setDate(4, java.sql.Date.valueOf(from));
            query.setDate(5, java.sql.Date.valueOf(to));
            query.setDate(6, java.sql.Date.valueOf(to));
            query.setDate(7, java.sql.Date.valueOf(to));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    java.sql.Date paid = row.getDate(4);
                    invoices.add(new PromptPayment.Invoice(Money.of(row.getBigDecimal(1)), row.getDate(2).toLocalDate(), row.getDate(3).toLocalDate(),
                            paid == null ? null : paid.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the invoices for the prompt-payment measure", e);
        }
        return PROMPT_PAYMENT.of(from, to, invoices);
    }

    /**
     * Accepts an exception's variance (a price over tolerance, a suspected duplicate that is not one, bank details
     * checked) with a reason, and so approves and posts the invoice. What only goods arriving can settle, or a closed
     * order, cannot be accepted (409). By limit on the price variance; never by whoever entered it.
     */
    public Invoice accept(long id, String reason) {
        SupplierInvoice invoice = held(id);
        if (invoice.status() != SupplierInvoice.Status.EXCEPTION) {
            throw new StateConflict("Invoice " + id + " is " + invoice.status() + ": only a variance of an invoice in the queue is accepted.");
        }
        String why = reason(reason, "accepting the variance");
        if (invoice.enteredBy().equals(me.username())) {
            throw new NotPermitted("You entered this invoice, so someone else accepts its variance.");
        }
        PurchaseOrders.Order order = invoice.orderId() == null ? null : orders.hold(invoice.orderId());
        List<InvoiceLine> lines = read(id);
        List<MatchReason> now = reasons(invoice, order, lines, direct);
        List<String> unacceptable = now.stream().map(MatchReason::code).filter(c -> !MatchReason.ACCEPTABLE.contains(c)).distinct().toList();
        if (!unacceptable.isEmpty()) {
            throw new StateConflict("Invoice " + id + " cannot be accepted as it stands (" + String.join(", ", unacceptable) + "): "
                    + (unacceptable.contains(MatchReason.ORDER_CLOSED) ? "its order is closed, so reject it."
                    : "it bills goods not yet received; it matches again by itself when they arrive."));
        }
        Money variance = now.stream().anyMatch(r -> r.code().equals(MatchReason.PRICE_OVER_TOLERANCE))
                ? ThreeWayMatch.variance(order.lines(), lines) : Money.ZERO;
        TenantRole role = order == null ? requisitions.approverFor(invoice.total()) : approvals.byAmount("invoiceVariances", variance, VARIANCE_TIERS);
        if (!me.holds(role)) {
            throw new NotPermitted(order == null ? "An invoice of " + invoice.total() + " without a purchase order is approved by someone with the role "
                    + role + ", as a requisition of that amount would be." : "A price variance of " + variance + " is accepted by someone with the role "
                    + role + ".");
        }
        JsonObject before = withReasons(invoice);
        invoice.matched(now);
        invoice.approve(post(invoice, order, lines), me.username(), why);
        if (order != null) {
            orders.invoiced(order.order().id(), quantities(lines));
        }
        em.flush();
        audit.record("SupplierInvoice", invoice.id().toString(), "ACCEPT_VARIANCE", before,
                Json.createObjectBuilder(withReasons(invoice)).add("variance", variance.toString()).build());
        return new Invoice(invoice, lines);
    }

    public Invoice reject(long id, String reason) {
        SupplierInvoice invoice = held(id);
        JsonObject before = withReasons(invoice);
        invoice.reject(me.username(), reason(reason, "rejecting it"));
        em.flush();
        audit.record("SupplierInvoice", invoice.id().toString(), "REJECT", before, withReasons(invoice));
        return new Invoice(invoice, read(id));
    }

    public Invoice hold(long id, String reason) {
        SupplierInvoice invoice = held(id);
        JsonObject before = withReasons(invoice);
        invoice.hold(me.username(), reason(reason, "holding it"));
        em.flush();
        audit.record("SupplierInvoice", invoice.id().toString(), "HOLD", before, withReasons(invoice));
        return new Invoice(invoice, read(id));
    }

    /** Off hold: an approved invoice is approved again; an exception is matched again, and may now be approved. */
    public Invoice release(long id) {
        SupplierInvoice invoice = held(id);
        JsonObject before = withReasons(invoice);
        if (invoice.release() == SupplierInvoice.Status.EXCEPTION) {
            rematch(invoice, "RELEASE");
        } else {
            em.flush();
            audit.record("SupplierInvoice", invoice.id().toString(), "RELEASE", before, withReasons(invoice));
        }
        return new Invoice(invoice, read(id));
    }

    private SupplierInvoice held(long id) {
        SupplierInvoice invoice = approvals.hold(SupplierInvoice.class, id);
        if (invoice == null) {
            throw new Absent("There is no invoice " + id + ".");
        }
        return invoice;
    }

    private static String reason(String reason, String doing) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null || why.length() > 500) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("reason",
                    "Say why you are " + doing + ", in up to 500 characters")));
        }
        return why;
    }

    private static JsonObject withReasons(SupplierInvoice invoice) {
        var reasons = Json.createArrayBuilder();
        invoice.reasons().forEach(r -> reasons.add(r.json()));
        return Json.createObjectBuilder(invoice.state()).add("reasons", reasons).build();
    }

    /** The source of the journals a batch of invoices posts: one per day received, named by its first invoice's id. */
    public static final String BATCH_SOURCE = "SUPPLIER_INVOICE_BATCH";

    /**
     * What a batch of {@code requests} is matched against, read up front: their orders, held in one statement, and
     * the invoices on file any of them may duplicate, in one more.
     */
    BatchLookups batchLookups(List<Request> requests) {
        Map<Long, PurchaseOrders.Order> held = orders.holdAll(requests.stream().map(Request::purchaseOrder).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        List<Map.Entry<Long, Duplicate>> onFile = new ArrayList<>();
        java.sql.Connection connection = session.connection();
        try (PreparedStatement query = connection.prepareStatement("""
                select supplier_id, id, invoice_number, total, invoice_date, number_key from supplier_invoice
                where tenant_id = ? and kind = 'INVOICE' and status <> 'REJECTED' and supplier_id = any (?)
                  and (number_key = any (?) or (invoice_date = any (?) and total = any (?)))
                order by id""")) {
            query.setString(1, session.current());
            query.setArray(2, connection.createArrayOf("bigint", requests.stream().map(Request::supplier).filter(java.util.Objects::nonNull)
                    .distinct().toArray()));
            query.setArray(3, connection.createArrayOf("varchar", requests.stream().map(Request::invoiceNumber).filter(java.util.Objects::nonNull)
                    .map(SupplierInvoice::key).distinct().toArray()));
            query.setArray(4, connection.createArrayOf("date", requests.stream().map(Request::invoiceDate).filter(java.util.Objects::nonNull)
                    .distinct().map(java.sql.Date::valueOf).toArray()));
            query.setArray(5, connection.createArrayOf("numeric", requests.stream().map(Request::total).filter(java.util.Objects::nonNull)
                    .map(Money::amount).distinct().toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    onFile.add(Map.entry(row.getLong(1), new Duplicate(row.getLong(2), row.getString(3), Money.of(row.getBigDecimal(4)),
                            row.getDate(5).toLocalDate(), row.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the invoices on file", e);
        }
        return new BatchLookups(direct, held, onFile);
    }

    /** {@code count} new invoice ids, drawn from the invoices' sequence in one statement, in order. */
    List<Long> newIds(int count) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement draw = session.connection().prepareStatement(
                "select nextval(pg_get_serial_sequence('supplier_invoice', 'id')) from generate_series(1, ?)")) {
            draw.setInt(1, count);
            try (ResultSet row = draw.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not draw invoice ids", e);
        }
        ids.sort(null);
        return ids;
    }

    /** An invoice of a batch, checked and matched, to be written by {@link #writeAll}. */
    record Matched(SupplierInvoice invoice, PurchaseOrders.Order order, List<InvoiceLine> lines) {
    }

    /**
     * Writes a batch, each invoice as {@link #receive} would have: those that matched approved and posted, one journal
     * a day received (their lines summed by account and cost centre; the invoices are the detail); then every invoice,
     * its lines, what the orders have now been billed, and the audit records, each in one batch of statements. A day
     * whose journal the ledger refuses (a closed period, say) is answered with the reason and nothing is written.
     */
    Map<LocalDate, String> writeAll(List<Matched> batch) {
        Map<LocalDate, List<Matched>> byDay = new java.util.TreeMap<>();
        batch.stream().filter(m -> m.invoice().status() == SupplierInvoice.Status.MATCHED)
                .forEach(m -> byDay.computeIfAbsent(m.invoice().receivedOn(), d -> new ArrayList<>()).add(m));
        Map<LocalDate, String> refused = new java.util.TreeMap<>();
        Accounts accounts = byDay.isEmpty() ? null : accounts();
        for (Map.Entry<LocalDate, List<Matched>> day : byDay.entrySet()) {
            Map<List<String>, Money> sums = new LinkedHashMap<>();
            for (Matched m : day.getValue()) {
                for (JournalDraft.Line line : journalLines(m.invoice(), m.order(), m.lines(), accounts)) {
                    Money debit = line.debit() == null ? Money.ZERO : line.debit();
                    Money credit = line.credit() == null ? Money.ZERO : line.credit();
                    sums.merge(java.util.Arrays.asList(line.account(), line.costCentre()), debit.minus(credit), Money::plus);
                }
            }
            String memo = "Supplier invoices received " + day.getKey();
            List<JournalDraft.Line> lines = new ArrayList<>();
            sums.forEach((at, sum) -> {
                if (!sum.isZero()) {
                    lines.add(new JournalDraft.Line(at.get(0), at.get(1), sum.isPositive() ? sum : null, sum.isPositive() ? null : sum.negate(), memo));
                }
            });
            long first = day.getValue().get(0).invoice().id();
            try {
                long journal = finance.post(BATCH_SOURCE, Long.toString(first), new JournalDraft(day.getKey(), memo + ": " + day.getValue().size()
                        + " matched in one batch", "INVB-" + first, lines)).journalId();
                day.getValue().forEach(m -> m.invoice().approve(journal, null, null));
            } catch (org.guildhall.platform.domain.DomainException e) {
                refused.put(day.getKey(), e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            return refused;
        }
        insert(batch.stream().map(Matched::invoice).toList());
        Map<Long, List<InvoiceLine>> lines = new LinkedHashMap<>();
        batch.forEach(m -> lines.put(m.invoice().id(), m.lines()));
        write(lines);
        Map<Long, Map<Integer, BigDecimal>> billed = new LinkedHashMap<>();
        batch.stream().filter(m -> m.invoice().status() == SupplierInvoice.Status.APPROVED && m.order() != null)
                .forEach(m -> quantities(m.lines()).forEach((line, quantity) -> billed.computeIfAbsent(m.invoice().orderId(), o -> new java.util.TreeMap<>())
                        .merge(line, quantity, BigDecimal::add)));
        orders.invoicedAll(billed);
        audit.recordAll(batch.stream().map(m -> new AuditTrail.Entry("SupplierInvoice", m.invoice().id().toString(), "RECEIVE", null,
                withReasons(m.invoice()))).toList());
        return refused;
    }

    private void insert(List<SupplierInvoice> invoices) {
        try (PreparedStatement insert = session.connection().prepareStatement("""
                insert into supplier_invoice (tenant_id, id, supplier_id, invoice_number, number_key, invoice_date, received_on, due_on, order_id,
                  status, net, vat, total, reasons, journal_id, entered_by, entered_at, kind)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INVOICE')""")) {
            for (SupplierInvoice invoice : invoices) {
                insert.setString(1, session.current());
                insert.setLong(2, invoice.id());
                insert.setLong(3, invoice.supplierId());
                insert.setString(4, invoice.invoiceNumber());
                insert.setString(5, invoice.numberKey());
                insert.setDate(6, java.sql.Date.valueOf(invoice.invoiceDate()));
                insert.setDate(7, java.sql.Date.valueOf(invoice.receivedOn()));
                insert.setDate(8, java.sql.Date.valueOf(invoice.dueOn()));
                insert.setObject(9, invoice.orderId());
                insert.setString(10, invoice.status().name());
                insert.setBigDecimal(11, invoice.net().amount());
                insert.setBigDecimal(12, invoice.vat().amount());
                insert.setBigDecimal(13, invoice.total().amount());
                insert.setString(14, invoice.reasons().isEmpty() ? null : MatchReason.text(invoice.reasons()));
                insert.setObject(15, invoice.journalId());
                insert.setString(16, invoice.enteredBy());
                insert.setTimestamp(17, java.sql.Timestamp.from(invoice.enteredAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the invoices", e);
        }
    }

    /** The lines of each invoice, by its id, in one batch. */
    void write(Map<Long, List<InvoiceLine>> invoices) {
        try (PreparedStatement insert = session.connection().prepareStatement("""
                insert into supplier_invoice_line (tenant_id, invoice_id, line_no, order_line, description, quantity, unit_price, vat_rate, net, vat,
                  account_code, cost_centre)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<Long, List<InvoiceLine>> invoice : invoices.entrySet()) {
                for (InvoiceLine line : invoice.getValue()) {
                    insert.setString(1, session.current());
                    insert.setLong(2, invoice.getKey());
                    insert.setInt(3, line.line());
                    insert.setObject(4, line.orderLine());
                    insert.setString(5, line.description());
                    insert.setBigDecimal(6, line.quantity());
                    insert.setBigDecimal(7, line.unitPrice().amount());
                    insert.setBigDecimal(8, line.vatRate());
                    insert.setBigDecimal(9, line.net().amount());
                    insert.setBigDecimal(10, line.vat().amount());
                    insert.setString(11, line.account());
                    insert.setString(12, line.costCentre());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the invoice's lines", e);
        }
    }

    private List<InvoiceLine> read(long invoiceId) {
        List<InvoiceLine> lines = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement("select line_no, order_line, description, quantity, unit_price, "
                + "vat_rate, account_code, cost_centre from supplier_invoice_line where tenant_id = ? and invoice_id = ? order by line_no")) {
            query.setString(1, session.current());
            query.setLong(2, invoiceId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int orderLine = row.getInt(2);
                    lines.add(new InvoiceLine(row.getInt(1), row.wasNull() ? null : orderLine, row.getString(3), row.getBigDecimal(4).stripTrailingZeros(),
                            Money.of(row.getBigDecimal(5)), row.getBigDecimal(6), row.getString(7), row.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the invoice's lines", e);
        }
        return lines;
    }
}

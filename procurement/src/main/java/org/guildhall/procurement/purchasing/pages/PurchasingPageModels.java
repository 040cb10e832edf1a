package org.guildhall.procurement.purchasing.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.pages.DateInput;
import org.guildhall.platform.pages.FormErrors;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.boundary.PurchaseOrderPdf;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.Receipts;
import org.guildhall.procurement.purchasing.control.Requisitions;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.purchasing.entity.PurchaseOrder;
import org.guildhall.procurement.purchasing.entity.Requisition;
import org.guildhall.procurement.supplier.control.Suppliers;
import org.guildhall.procurement.supplier.entity.Supplier;

/** What the purchasing pages show and do, in one transaction per request in the tenant of the request. */
@RequestScoped
@Transactional
@InTenant
public class PurchasingPageModels {

    /** Who reads every purchase order, as the API allows; anyone else reads only the orders raised from their requisitions. */
    static final Set<TenantRole> ORDER_READERS = EnumSet.of(TenantRole.PROCUREMENT, TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    Requisitions requisitions;

    @Inject
    PurchaseOrders orders;

    @Inject
    Receipts receipts;

    @Inject
    Suppliers suppliers;

    @Inject
    Posting finance;

    @Inject
    Myself me;

    @Inject
    java.time.Clock clock;

    public Map<String, Object> home() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Requisitions");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Requisition r : requisitions.list(PageRequest.of(0, 100), null).items()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", r.id());
            row.put("requester", r.requester());
            row.put("total", pounds(r.total()));
            row.putAll(status(r.status()));
            rows.add(row);
        }
        scope.put("requisitions", rows);
        scope.put("hasRequisitions", !rows.isEmpty());
        return scope;
    }

    /** Whether the caller reads every purchase order (and so is offered the list of them). */
    public boolean readsOrders() {
        return me.roles().stream().anyMatch(ORDER_READERS::contains);
    }

    /** The form, with what was typed, its problems, and the budget answer once it has one. */
    public Map<String, Object> form(RequisitionForm form, List<FieldError> errors, Requisitions.Budget budget) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Raise a requisition");
        FormErrors problems = FormErrors.of(errors, RequisitionForm::anchor);
        problems.into(scope);
        scope.put("count", form.count());
        scope.put("canAdd", form.canAdd());
        String chosen = form.top().get("supplier");
        scope.put("suppliers", suppliers.list(PageRequest.of(0, 200)).items().stream()
                .map(s -> Map.of("value", s.id().toString(), "label", s.name(), "selected", s.id().toString().equals(chosen))).toList());
        scope.put("supplierError", problems.at("supplier"));
        scope.put("neededBy_day", form.top().get("neededBy-day"));
        scope.put("neededBy_month", form.top().get("neededBy-month"));
        scope.put("neededBy_year", form.top().get("neededBy-year"));
        scope.put("neededByError", problems.at("neededBy-day"));
        scope.put("overBudgetReason", form.top().get("overBudgetReason"));
        scope.put("overBudgetReasonError", problems.at("overBudgetReason"));
        List<Posting.Named> accounts = finance.expenseAccounts();
        List<Posting.Named> costCentres = finance.costCentres();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            Map<String, String> values = form.lines().get(i);
            Map<String, Object> line = new HashMap<>(values);
            line.put("i", i);
            line.put("n", i + 1);
            line.put("vats", List.of(option("20", "20% (standard)", values.get("vat")), option("5", "5% (reduced)", values.get("vat")),
                    option("0", "0% (zero or exempt)", values.get("vat"))));
            line.put("accounts", accounts.stream().map(a -> option(a.code(), a.code() + " " + a.name(), values.get("account"))).toList());
            line.put("costCentres", costCentres.stream().map(c -> option(c.code(), c.code() + " " + c.name(), values.get("costCentre"))).toList());
            for (String field : RequisitionForm.FIELDS) {
                line.put(field + "Error", problems.at("lines-" + i + "-" + field));
            }
            lines.add(line);
        }
        scope.put("lines", lines);
        if (budget != null) {
            scope.putAll(budget(budget));
        }
        return scope;
    }

    private static Map<String, Object> option(String value, String label, String chosen) {
        return Map.of("value", value, "label", label, "selected", value.equals(chosen));
    }

    /** The budget answer as a table: each cost centre and account, what is left and what would be after this. */
    private static Map<String, Object> budget(Requisitions.Budget budget) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("hasBudget", true);
        scope.put("overBudget", budget.overBudget());
        scope.put("budgetLines", budget.lines().stream().map(f -> Map.<String, Object>of("costCentre", f.costCentre(), "account", f.account(),
                "available", pounds(f.available()), "afterThis", pounds(f.afterThis()), "over", f.afterThis().amount().signum() < 0)).toList());
        return scope;
    }

    /**
     * Checks the form and, when it is over budget without a reason, refuses it at the reason field with the budget
     * shown (as the API would refuse its submission); otherwise raises the requisition, as a draft, and answers its id.
     */
    public long create(RequisitionForm form) {
        List<InvalidInput.Field> unreadable = new ArrayList<>();
        Requisitions.Request request = form.request(unreadable);
        Requisitions.Budget budget;
        try {
            budget = requisitions.preview(request);
        } catch (InvalidInput refused) {
            throw merged(refused, unreadable);
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidInput("The requisition has invalid fields.", unreadable);
        }
        if (budget.overBudget() && (request.overBudgetReason() == null || request.overBudgetReason().isBlank())) {
            throw new OverBudget(budget);
        }
        return requisitions.create(request).requisition().id();
    }

    /** What the form could not read, then what the use case refused of the rest. */
    private static InvalidInput merged(InvalidInput refused, List<InvalidInput.Field> unreadable) {
        List<InvalidInput.Field> all = new ArrayList<>(unreadable);
        for (InvalidInput.Field field : refused.fields()) {
            if (unreadable.stream().noneMatch(u -> u.name().equals(field.name()))) {
                all.add(field);
            }
        }
        return new InvalidInput(refused.getMessage(), all);
    }

    /** A requisition over budget with no reason given: the form shows the budget and asks for one. */
    public static final class OverBudget extends RuntimeException {

        private final transient Requisitions.Budget budget;

        OverBudget(Requisitions.Budget budget) {
            super("This is over budget (" + pounds(budget.afterThis()) + " after it). Give a reason, and the cost centre's budget holder decides it");
            this.budget = budget;
        }

        public Requisitions.Budget budget() {
            return budget;
        }
    }

    public Map<String, Object> requisition(long id, List<FieldError> errors) {
        Requisitions.Raised raised = requisitions.find(id);
        Requisition r = raised.requisition();
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Requisition " + id);
        scope.put("requisitionId", id);
        scope.put("requester", r.requester());
        scope.put("total", pounds(r.total()));
        scope.putAll(status(r.status()));
        var state = r.state();
        scope.put("supplierName", r.supplierId() == null ? null : suppliers.find(r.supplierId()).name());
        scope.put("neededBy", state.containsKey("neededBy") ? DAY.format(LocalDate.parse(state.getString("neededBy"))) : null);
        scope.put("overBudgetReason", r.overBudgetReason());
        scope.put("decidedBy", state.containsKey("decidedBy") ? state.getString("decidedBy") : null);
        scope.put("decisionReason", state.containsKey("decisionReason") ? state.getString("decisionReason") : null);
        scope.put("lines", lines(raised.lines(), false));
        scope.putAll(budget(raised.budget()));
        boolean own = r.requester().equals(me.username());
        scope.put("submittable", own && r.status() == Requisition.Status.DRAFT);
        scope.put("needsSupplier", r.supplierId() == null);
        scope.put("decidable", requisitions.decidable(raised));
        if (raised.order() != null) {
            scope.put("orderId", raised.order().order().id());
            scope.put("orderNumber", raised.order().order().number());
        }
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.put(e.field(), e.message()));
        scope.put("hasErrors", !errors.isEmpty());
        scope.put("errors", errors.stream().map(e -> Map.of("field", "reason".equals(e.field()) ? "reason" : "requisition", "message", e.message()))
                .toList());
        scope.put("reasonError", byField.get("reason"));
        return scope;
    }

    public void submit(long id) {
        requisitions.submit(id);
    }

    /** Decides the requisition; approving answers the order it raised. */
    public Long decide(long id, boolean approve, String reason) {
        Requisitions.Raised decided = requisitions.decide(id, approve, reason);
        return decided.order() == null ? null : decided.order().order().id();
    }

    public Map<String, Object> approvals() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Requisitions to approve");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Requisitions.Raised raised : requisitions.queue(200)) {
            Requisition r = raised.requisition();
            Map<String, Object> item = new HashMap<>();
            item.put("id", r.id());
            item.put("requester", r.requester());
            item.put("total", pounds(r.total()));
            item.put("overBudget", raised.budget().overBudget());
            items.add(item);
        }
        scope.put("items", items);
        scope.put("hasItems", !items.isEmpty());
        return scope;
    }

    public Map<String, Object> orders() {
        if (!readsOrders()) {
            throw new Absent("There is nothing at this address.");
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Purchase orders");
        Map<Long, String> names = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PurchaseOrder o : orders.list(PageRequest.of(0, 100)).items()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.id());
            row.put("number", o.number());
            row.put("supplier", names.computeIfAbsent(o.supplierId(), s -> suppliers.find(s).name()));
            row.put("total", pounds(o.total()));
            row.putAll(status(o.status()));
            rows.add(row);
        }
        scope.put("orders", rows);
        scope.put("hasOrders", !rows.isEmpty());
        return scope;
    }

    /** The order, if the caller reads every order or raised its requisition; otherwise there is none for them. */
    private PurchaseOrders.Order visibleOrder(long id) {
        PurchaseOrders.Order order = orders.find(id);
        if (!readsOrders() && !requisitions.visible(order.order().requisitionId())) {
            throw new Absent("There is no purchase order " + id + ".");
        }
        return order;
    }

    public Map<String, Object> order(long id) {
        PurchaseOrders.Order order = visibleOrder(id);
        PurchaseOrder o = order.order();
        Supplier supplier = suppliers.find(o.supplierId());
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Purchase order " + o.number());
        scope.put("orderId", o.id());
        scope.put("number", o.number());
        scope.put("supplierName", supplier.name());
        scope.put("raised", DAY.format(o.raisedAt().atZone(UK)));
        scope.put("raisedBy", o.raisedBy());
        scope.put("requisitionId", o.requisitionId());
        scope.put("total", pounds(o.total()));
        scope.putAll(status(o.status()));
        scope.put("lines", lines(order.lines(), true));
        scope.put("isOrder", true);
        boolean open = o.status() == PurchaseOrder.Status.OPEN || o.status() == PurchaseOrder.Status.PARTLY_RECEIVED;
        scope.put("receivable", open);
        scope.put("endable", open && me.holds(TenantRole.PROCUREMENT));
        return scope;
    }

    /** The order as its PDF: the file's name, then its bytes. */
    public Map.Entry<String, byte[]> pdf(long id) {
        PurchaseOrders.Order order = visibleOrder(id);
        return Map.entry(PurchaseOrderPdf.fileName(order), PurchaseOrderPdf.of(order, orders.buyer(), suppliers.find(order.order().supplierId())));
    }

    public void end(long id, boolean cancel) {
        orders.end(id, cancel);
    }

    /** The receipt form: each line with what was ordered and has arrived so far, and a box for what has arrived now. */
    public Map<String, Object> receiveForm(long id, Map<String, String[]> typed, List<FieldError> errors) {
        Map<String, Object> scope = order(id);
        if (!(Boolean) scope.get("receivable")) {
            throw new org.guildhall.platform.domain.StateConflict("Purchase order " + scope.get("number") + " is " + scope.get("status")
                    + ": nothing more is received against it.");
        }
        scope.put("title", "Record goods received against " + scope.get("number"));
        FormErrors problems = FormErrors.of(errors, field -> field);
        problems.into(scope);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        scope.put("date_day", typed == null ? String.valueOf(today.getDayOfMonth()) : first(typed, "date-day"));
        scope.put("date_month", typed == null ? String.valueOf(today.getMonthValue()) : first(typed, "date-month"));
        scope.put("date_year", typed == null ? String.valueOf(today.getYear()) : first(typed, "date-year"));
        scope.put("dateError", problems.at("date-day"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) scope.get("lines");
        for (Map<String, Object> line : lines) {
            String name = "received-" + line.get("line");
            line.put("now", typed == null ? "" : first(typed, name));
            line.put("nowError", problems.at(name));
        }
        scope.put("linesError", problems.at("receipt-lines"));
        return scope;
    }

    /** Records what the form says arrived; problems come back under the form's own field names. */
    public void receive(long id, Map<String, String[]> typed) {
        List<FieldError> unreadable = new ArrayList<>();
        LocalDate date = null;
        try {
            date = DateInput.blank(first(typed, "date-day"), first(typed, "date-month"), first(typed, "date-year")) ? null
                    : DateInput.of(first(typed, "date-day"), first(typed, "date-month"), first(typed, "date-year"));
        } catch (DateTimeException e) {
            unreadable.add(new FieldError("date-day", "The date must be a real date, such as 20 11 2026"));
        }
        PurchaseOrders.Order order = visibleOrder(id);
        List<Receipts.LineRequest> requested = new ArrayList<>();
        Map<Integer, Integer> lineAt = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            String text = first(typed, "received-" + line.line()).replace(",", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                lineAt.put(requested.size(), line.line());
                requested.add(new Receipts.LineRequest(line.line(), new BigDecimal(text)));
            } catch (NumberFormatException e) {
                lineAt.remove(requested.size());
                unreadable.add(new FieldError("received-" + line.line(), "Line " + line.line() + ": enter the quantity as a number, such as 3"));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new FormRefused(unreadable);
        }
        try {
            receipts.record(id, date, requested);
        } catch (InvalidInput refused) {
            throw new FormRefused(refused.fields().stream().map(f -> {
                java.util.regex.Matcher m = InvalidInput.Field.IN_LINE.matcher(f.name());
                if (m.matches() && lineAt.containsKey(Integer.parseInt(m.group(1)))) {
                    int line = lineAt.get(Integer.parseInt(m.group(1)));
                    return new FieldError("received-" + line, "Line " + line + ": " + f.message());
                }
                return new FieldError("date".equals(f.name()) ? "date-day" : "receipt-lines",
                        "date".equals(f.name()) ? "Enter the day the goods arrived" : f.message());
            }).toList());
        }
    }

    /** A receipt form's problems, under the form's own field names. */
    public static final class FormRefused extends RuntimeException {

        private final transient List<FieldError> errors;

        FormRefused(List<FieldError> errors) {
            super("The receipt has invalid fields.");
            this.errors = errors;
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    private static List<Map<String, Object>> lines(List<OrderLine> lines, boolean order) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrderLine l : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("line", l.line());
            row.put("description", l.description());
            row.put("quantity", l.quantity().stripTrailingZeros().toPlainString());
            row.put("unitPrice", pounds(l.unitPrice()));
            row.put("vat", l.vatRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            row.put("account", l.account());
            row.put("costCentre", l.costCentre());
            row.put("net", pounds(l.net()));
            if (order) {
                row.put("received", l.received().stripTrailingZeros().toPlainString());
                row.put("outstanding", l.quantity().subtract(l.received()).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** An amount as a page shows it: {@code £1,320.00}, {@code -£100.00}. */
    static String pounds(org.guildhall.platform.money.Money money) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.UK));
        return (money.amount().signum() < 0 ? "-£" : "£") + format.format(money.amount().abs());
    }

    private static Map<String, Object> status(Enum<?> status) {
        return Map.of("status", switch (status.name()) {
            case "DRAFT" -> "Not submitted";
            case "SUBMITTED" -> "Waiting for approval";
            case "APPROVED" -> "Approved, order raised";
            case "REJECTED" -> "Rejected";
            case "OPEN" -> "Open";
            case "PARTLY_RECEIVED" -> "Partly received";
            case "RECEIVED" -> "Received";
            case "CLOSED" -> "Closed";
            default -> "Cancelled";
        }, "tag", switch (status.name()) {
            case "DRAFT", "CLOSED" -> "govuk-tag--grey";
            case "SUBMITTED", "PARTLY_RECEIVED" -> "govuk-tag--yellow";
            case "APPROVED", "OPEN", "RECEIVED" -> "govuk-tag--green";
            default -> "govuk-tag--red";
        });
    }
}

package org.guildhall.procurement.payables.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.control.Invoices;
import org.guildhall.procurement.payables.control.PromptPayment;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.payables.entity.SupplierInvoice;
import org.guildhall.procurement.supplier.control.Suppliers;

/** What the accounts payable page shows, read in one transaction in the tenant of the request. */
@RequestScoped
@Transactional
@InTenant
public class PayablesPageModels {

    /** Who reads the prompt-payment measure, as the API allows. */
    static final Set<TenantRole> MEASURE_READERS = EnumSet.of(TenantRole.FINANCE, TenantRole.AUDITOR);
    /**
     * Who reads the page. The API gives the exception queue to AP clerks only; the page shows it to finance and audit
     * too, beside the measure, because it is where late payments come from (read only: deciding stays with the API).
     */
    static final Set<TenantRole> READERS = EnumSet.of(TenantRole.FINANCE, TenantRole.AUDITOR, TenantRole.AP_CLERK);
    static final int QUEUE_PAGE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    Invoices invoices;

    @Inject
    Suppliers suppliers;

    @Inject
    Myself me;

    @Inject
    Clock clock;

    /** The period the address asks for, or the quarter to today's business date. */
    public ReportingPeriod.Read period(String from, String to) {
        return ReportingPeriod.read(from, to, BusinessCalendar.today(clock));
    }

    /** Whether the caller may read the prompt-payment measure. */
    public boolean readsMeasure() {
        return !Collections.disjoint(me.roles(), MEASURE_READERS);
    }

    /**
     * The measure of {@code period}: the table's figures and the chart, or in words that nothing was paid in it. A
     * figure the product cannot work out (a Bank of England base rate it lacks) is said on the page, not as a failed page,
     * so the exception queue below it is still shown.
     */
    public Map<String, Object> measure(ReportingPeriod period) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("periodText", DAY.format(period.from()) + " to " + DAY.format(period.to()));
        PromptPayment.Measure m;
        try {
            m = invoices.promptPayment(period.from(), period.to());
        } catch (RuleRefused unknown) {
            scope.put("measureProblem", unknown.getMessage());
            return scope;
        }
        scope.put("hasMeasure", true);
        scope.put("invoices", m.invoices());
        scope.put("averageDaysToPay", m.averageDaysToPay());
        scope.put("lateInterestOwed", pounds(m.lateInterestOwed()));
        PromptPaymentChart chart = PromptPaymentChart.of(m);
        scope.put("shares", chart.bars());
        scope.put("hasPaid", m.invoices() > 0);
        if (m.invoices() > 0) {
            scope.put("chart", chart);
            scope.put("chartSummary", summary(m, (String) scope.get("periodText")));
        }
        return scope;
    }

    private static String summary(PromptPayment.Measure m, String period) {
        return "Of " + m.invoices() + (m.invoices() == 1 ? " invoice" : " invoices") + " paid from " + period + ", " + m.paidWithin5Days()
                + "% were paid within 5 days and " + m.paidWithin30Days() + "% within 30 days; " + m.paidIn1To30() + "% in 1 to 30 days, "
                + m.paidIn31To60() + "% in 31 to 60 days and " + m.paidOver60() + "% in over 60 days. " + m.dueButUnpaid()
                + "% of the invoices due in the period were not paid in it.";
    }

    /** Page {@code page} (from 1) of the exception queue, oldest first, with how many wait in all. */
    public Map<String, Object> queue(int page) {
        PageRequest.Page<Invoices.Waiting> waiting = invoices.exceptions(PageRequest.of(page - 1, QUEUE_PAGE));
        Map<Long, String> names = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Invoices.Waiting w : waiting.items()) {
            SupplierInvoice invoice = w.invoice();
            Map<String, Object> row = new HashMap<>();
            row.put("id", invoice.id());
            row.put("supplier", names.computeIfAbsent(invoice.supplierId(), s -> suppliers.find(s).name()));
            row.put("invoiceNumber", invoice.invoiceNumber());
            row.put("received", DAY.format(invoice.receivedOn()));
            row.put("age", w.ageInWorkingDays());
            row.put("amount", pounds(invoice.total()));
            row.put("reasons", invoice.reasons().stream().map(PayablesPageModels::reason).toList());
            rows.add(row);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("waiting", rows);
        scope.put("hasWaiting", !rows.isEmpty());
        scope.put("waitingTotal", waiting.total());
        scope.put("waitingText", waiting.total() == 1 ? "1 invoice is waiting" : waiting.total() + " invoices are waiting");
        Integer previous = page > 1 ? page - 1 : null;
        Integer next = (long) page * QUEUE_PAGE < waiting.total() ? page + 1 : null;
        scope.put("previous", previous);
        scope.put("next", next);
        scope.put("hasPages", previous != null || next != null);
        return scope;
    }

    /** A reason in words, with its code as the API and the AP clerks' other tools name it. */
    static Map<String, Object> reason(MatchReason r) {
        String what = switch (r.code()) {
            case MatchReason.PRICE_OVER_TOLERANCE -> "Price over tolerance";
            case MatchReason.QUANTITY_OVER_RECEIVED -> "More invoiced than received";
            case MatchReason.NOT_RECEIVED -> "Goods not received";
            case MatchReason.SUSPECTED_DUPLICATE -> "Suspected duplicate";
            case MatchReason.BANK_DETAILS_CHANGED -> "Supplier's bank details changed";
            case MatchReason.ORDER_CLOSED -> "Order closed";
            case MatchReason.NO_PURCHASE_ORDER -> "No purchase order";
            default -> "Other";
        };
        return Map.of("code", r.code(), "text", what + (r.line() == null ? "" : ", line " + r.line()) + ": expected " + r.expected()
                + ", found " + r.actual());
    }

    /** An amount as the pages show it: {@code £1,320.00}, {@code -£100.00}. */
    static String pounds(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (money.amount().signum() < 0 ? "-£" : "£") + format.format(money.amount().abs());
    }
}

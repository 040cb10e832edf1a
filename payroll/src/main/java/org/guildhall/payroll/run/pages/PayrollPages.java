package org.guildhall.payroll.run.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.payroll.run.boundary.PayslipPdf;
import org.guildhall.payroll.run.control.PayrollApprovals;
import org.guildhall.payroll.run.control.PayrollRuns;
import org.guildhall.payroll.run.control.RunLauncher;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;

/**
 * The payroll run pages at {@code /payroll/{tenant}/runs}: the runs and a form for a new one, and a run's state,
 * progress, totals, exceptions and variances with Calculate (PAYROLL_ADMIN) and Approve (PAYROLL_APPROVER). The
 * progress is the page itself: while a run is calculated it says how far it has got and offers a link to look again,
 * so it works without JavaScript (and without a timed refresh, which WCAG counts against a page).
 */
@WebServlet("/payroll/*")
public class PayrollPages extends TenantPages {

    static final Set<TenantRole> READERS = Set.of(TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.AUDITOR);
    private static final Set<TenantRole> WRITERS = Set.of(TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER);
    private static final Pattern RUN = Pattern.compile("/runs/(\\d{1,18})");
    private static final Pattern ACTION = Pattern.compile("/runs/(\\d{1,18})/(calculate|approve)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    PayrollRuns runs;

    @Inject
    RunLauncher launcher;

    @Inject
    PayrollApprovals approvals;

    @Inject
    RunQueries queries;

    @Override
    protected Set<TenantRole> readers() {
        return READERS;
    }

    @Override
    protected Set<TenantRole> writers() {
        return WRITERS;
    }

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                         Map<String, Object> scope) throws IOException {
        if (rest.isEmpty() || "/".equals(rest)) {
            response.sendRedirect(request.getContextPath() + "/payroll/" + tenant + "/runs");
            return;
        }
        if ("/runs".equals(rest)) {
            scope.put("title", "Payroll runs");
            List<Map<String, Object>> all = queries.runs(0, 100).stream().map(PayrollPages::summary).toList();
            scope.put("runs", all);
            scope.put("hasRuns", !all.isEmpty());
            scope.put("taxYear", "2026-27");
            templates.render(response, 200, "payroll-runs", scope);
            return;
        }
        Matcher run = RUN.matcher(rest);
        if (!run.matches()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        long id = Long.parseLong(run.group(1));
        RunQueries.RunState state = queries.state(id);
        scope.putAll(detail(state));
        List<RunQueries.Variance> variances = state.run().status() == PayrollRun.Status.CALCULATED
                || state.run().status() == PayrollRun.Status.APPROVED ? queries.variances(id) : List.of();
        scope.put("variances", variances);
        scope.put("hasVariances", !variances.isEmpty());
        scope.put("title", "Payroll run " + id);
        templates.render(response, 200, "payroll-run", scope);
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                          Map<String, Object> scope) throws IOException {
        if ("/runs".equals(rest)) {
            Integer period = null;
            try {
                period = Integer.valueOf(request.getParameter("period") == null ? "" : request.getParameter("period").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("period", "Enter the period as a number, such as 8")));
            }
            PayrollRun made = runs.create(request.getParameter("schedule"), request.getParameter("taxYear"), period, false);
            response.sendRedirect(request.getContextPath() + "/payroll/" + tenant + "/runs/" + made.id());
            return;
        }
        Matcher action = ACTION.matcher(rest);
        if (!action.matches()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        long id = Long.parseLong(action.group(1));
        if ("calculate".equals(action.group(2))) {
            launcher.launch(runs.prepareCalculation(id), null, null);
        } else {
            approvals.approve(id);
        }
        response.sendRedirect(request.getContextPath() + "/payroll/" + tenant + "/runs/" + id);
    }

    private static Map<String, Object> summary(PayrollRun run) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", run.id());
        row.put("schedule", run.schedule());
        row.put("taxYear", run.taxYear().toString());
        row.put("period", run.period());
        row.put("payDate", DAY.format(run.payDate()));
        row.put("status", status(run.status()));
        row.put("tag", tag(run.status()));
        row.put("net", pounds(run.totals().net()));
        return row;
    }

    private static Map<String, Object> detail(RunQueries.RunState state) {
        PayrollRun run = state.run();
        Map<String, Object> scope = summary(run);
        scope.put("calculating", run.status() == PayrollRun.Status.CALCULATING);
        scope.put("calculable", run.status() != PayrollRun.Status.CALCULATING && run.status() != PayrollRun.Status.APPROVED);
        scope.put("approvable", run.status() == PayrollRun.Status.CALCULATED);
        scope.put("done", NumberFormat.getIntegerInstance(Locale.UK).format(state.done()));
        scope.put("total", NumberFormat.getIntegerInstance(Locale.UK).format(run.total()));
        scope.put("percent", run.total() == 0 ? 0 : state.done() * 100 / run.total());
        scope.put("failure", run.failure());
        scope.put("journalId", run.journalId());
        scope.put("approvedBy", run.decision() == null ? null : run.decision().by());
        PayrollRun.Totals t = run.totals();
        List<Map<String, String>> totals = new ArrayList<>();
        for (Object[] figure : new Object[][] {{"Employees paid", NumberFormat.getIntegerInstance(Locale.UK).format(t.employees())},
                {"Gross pay", pounds(t.gross())}, {"Income tax", pounds(t.tax())}, {"Employee National Insurance", pounds(t.employeeNi())},
                {"Employer National Insurance", pounds(t.employerNi())}, {"Student loans", pounds(t.studentLoan())},
                {"Postgraduate loans", pounds(t.postgraduateLoan())}, {"Employee pension", pounds(t.pensionEmployee())},
                {"Employer pension", pounds(t.pensionEmployer())}, {"Expenses repaid", pounds(t.expenses())},
                {"Deductions after tax", pounds(t.deductions())}, {"Net pay", pounds(t.net())}}) {
            totals.add(Map.of("name", (String) figure[0], "value", (String) figure[1]));
        }
        scope.put("totals", totals);
        scope.put("exceptions", state.exceptions());
        scope.put("hasExceptions", !state.exceptions().isEmpty());
        return scope;
    }

    private static String pounds(Money amount) {
        return PayslipPdf.money(amount.amount());
    }

    private static String status(PayrollRun.Status status) {
        return switch (status) {
            case DRAFT -> "Not calculated";
            case CALCULATING -> "Calculating";
            case CALCULATED -> "Calculated, waiting for approval";
            case APPROVED -> "Approved";
            case FAILED -> "Failed";
        };
    }

    private static String tag(PayrollRun.Status status) {
        return switch (status) {
            case DRAFT -> "govuk-tag--grey";
            case CALCULATING -> "govuk-tag--blue";
            case CALCULATED -> "govuk-tag--yellow";
            case APPROVED -> "govuk-tag--green";
            case FAILED -> "govuk-tag--red";
        };
    }
}

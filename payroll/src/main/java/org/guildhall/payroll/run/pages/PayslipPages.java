package org.guildhall.payroll.run.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.run.boundary.P45Pdf;
import org.guildhall.payroll.run.boundary.P60Pdf;
import org.guildhall.payroll.run.boundary.PayslipPdf;
import org.guildhall.payroll.run.boundary.PayslipSections;
import org.guildhall.payroll.run.boundary.PayslipView;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.payroll.run.control.TaxForms;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.Problem;

/**
 * An employee's own payslips at {@code /payslips/{tenant}/}: the approved ones, newest first, each shown as a page and
 * downloadable as its PDF. Only ever the signed-in employee's own: nobody else's, their line manager's included, and a
 * payroll admin reads others' through the API. No script anywhere.
 */
@WebServlet("/payslips/*")
public class PayslipPages extends TenantPages {

    private static final int PAGE = 24;
    private static final Pattern ONE = Pattern.compile("/(\\d{1,18})(/pdf)?");
    private static final Pattern P60 = Pattern.compile("/p60/(\\d{4}-\\d{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    RunQueries queries;

    @Inject
    Myself me;

    @Inject
    TaxForms forms;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                         Map<String, Object> scope) throws IOException {
        String number = me.requireEmployeeNumber();
        if (rest.isEmpty() || "/".equals(rest)) {
            int page = page(request.getParameter("page"));
            List<RunQueries.Slip> slips = queries.approvedPayslips(number, null, (page - 1) * PAGE, PAGE + 1).items();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RunQueries.Slip slip : slips.subList(0, Math.min(PAGE, slips.size()))) {
                rows.add(Map.of("run", slip.runId(), "payDate", DAY.format(slip.payDate()), "period", period(slip.period()),
                        "net", PayslipPdf.money(slip.net().amount())));
            }
            scope.put("title", "Your payslips");
            scope.put("payslips", rows);
            scope.put("hasPayslips", !rows.isEmpty());
            scope.put("older", slips.size() > PAGE ? page + 1 : null);
            scope.put("newer", page > 1 ? page - 1 : null);
            List<Map<String, String>> certificates = certificates(tenant, number);
            scope.put("forms", certificates);
            scope.put("hasForms", !certificates.isEmpty());
            templates.render(response, 200, "payslips", scope);
            return;
        }
        if ("/p45".equals(rest)) {
            TaxForms.P45 p45 = forms.p45(number);
            pdf(response, P45Pdf.of(p45), P45Pdf.fileName(p45));
            return;
        }
        Matcher year = P60.matcher(rest);
        if (year.matches()) {
            TaxForms.P60 p60 = forms.p60(number, year.group(1));
            pdf(response, P60Pdf.of(p60), P60Pdf.fileName(p60));
            return;
        }
        Matcher one = ONE.matcher(rest);
        if (!one.matches()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        long run = Long.parseLong(one.group(1));
        PayslipView slip = queries.approvedPayslips(number, run, 0, 1).items().stream().findFirst().map(PayslipView::of)
                .orElseThrow(() -> new Absent("You have no payslip from payroll run " + run + "."));
        if (one.group(2) != null) {
            pdf(response, PayslipPdf.of(slip), PayslipPdf.fileName(slip));
            return;
        }
        scope.putAll(detail(slip));
        scope.put("title", "Payslip for " + PayslipPdf.day(slip.payDate()));
        templates.render(response, 200, "payslip", scope);
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                          Map<String, Object> scope) {
        throw new Problem.NotFound("There is nothing at this address.");
    }

    private static void pdf(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The P45 and P60s the employee can have: each offered only once it is ready (the forms say when it is not). */
    private List<Map<String, String>> certificates(String tenant, String number) {
        List<Map<String, String>> found = new ArrayList<>();
        try {
            forms.p45(number);
            found.add(Map.of("id", "p45", "href", "/payslips/" + tenant + "/p45", "text", "Your P45 (PDF)"));
        } catch (DomainException notYet) {
            // no leaving date, the last run not approved, or no PAYE reference: no P45 to offer
        }
        for (String year : queries.taxYearsPaid(number)) {
            try {
                forms.p60(number, year);
                found.add(Map.of("id", "p60-" + year, "href", "/payslips/" + tenant + "/p60/" + year, "text", "Your P60 for " + year + " (PDF)"));
            } catch (DomainException notYet) {
                // the year's last run not approved yet, or left before the year ended
            }
        }
        return found;
    }

    private static Map<String, Object> detail(PayslipView slip) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("run", slip.runId());
        scope.put("employer", slip.employer());
        scope.put("name", slip.name());
        scope.put("employeeNumber", slip.employeeNumber());
        scope.put("payDate", PayslipPdf.day(slip.payDate()));
        scope.put("period", PayslipPdf.period(slip.period()));
        scope.put("taxCode", slip.taxCode());
        scope.put("niNumber", slip.niNumber());
        scope.put("niCategory", slip.niCategory());
        PayslipSections sections = PayslipSections.of(slip);
        scope.put("payments", sections.payments());
        scope.put("totalPayments", sections.totalPayments());
        scope.put("deductions", sections.deductions());
        scope.put("hasDeductions", !sections.deductions().isEmpty());
        scope.put("totalDeductions", sections.totalDeductions());
        scope.put("net", sections.net());
        scope.put("figures", sections.figures());
        return scope;
    }

    private static String period(RunQueries.Period p) {
        return "Period " + p.number() + ", " + p.taxYear();
    }

    private static int page(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

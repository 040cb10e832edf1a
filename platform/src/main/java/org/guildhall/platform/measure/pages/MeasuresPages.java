package org.guildhall.platform.measure.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.pages.CentrePages;
import org.guildhall.platform.pages.FormErrors;
import org.guildhall.platform.pages.MonthInput;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The service measures for operators: {@code /centre/measures?month=YYYY-MM} is each measure's spread across tenants
 * as a box plot beside its five numbers; {@code /centre/measures/{tenant}?measure=&to=YYYY-MM} is one tenant's figure
 * of a measure over the twelve months ending at {@code to}. Both default to the month just ended, the latest the
 * measures job works out by itself. GET forms, so each view is an address to bookmark or print.
 */
@WebServlet("/centre/measures/*")
public class MeasuresPages extends CentrePages {

    /** The measure a trend shows when the address names none: the one every tenant with people has. */
    static final String DEFAULT_MEASURE = "LEAVE_DECISION";
    private static final Pattern TENANT = Pattern.compile("/(" + Tenant.CODE.pattern() + ")");
    private static final Pattern MEASURE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    @Inject
    MeasurePageModels models;

    @Inject
    Clock clock;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope) throws IOException {
        if (rest.isEmpty() || "/".equals(rest)) {
            month(request, response, scope);
            return;
        }
        Matcher tenant = TENANT.matcher(rest);
        if (!tenant.matches()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        trend(request, response, tenant.group(1), scope);
    }

    private void month(HttpServletRequest request, HttpServletResponse response, Map<String, Object> scope) throws IOException {
        scope.put("title", "Service measures across tenants");
        java.time.YearMonth month = MonthInput.intoScope(request.getParameter("month"), clock, scope);
        if (month != null) {
            scope.putAll(models.month(month));
        }
        templates.render(response, 200, "centre-measures", scope);
    }

    private void trend(HttpServletRequest request, HttpServletResponse response, String code, Map<String, Object> scope) throws IOException {
        Tenant tenant = models.tenant(code).orElseThrow(() -> new Problem.NotFound("There is no tenant at this address."));
        scope.put("title", "Service measures of " + tenant.name());
        scope.put("tenantName", tenant.name());
        scope.put("tenant", tenant.code());
        String measureText = request.getParameter("measure");
        String measure = measureText == null || measureText.isBlank() ? DEFAULT_MEASURE : measureText.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!MEASURE.matcher(measure).matches()) {
            errors.add(new FieldError("measure", "Choose a measure"));
        }
        MonthInput to = MonthInput.read("to", request.getParameter("to"), MonthInput.lastMonth(clock));
        errors.addAll(to.errors());
        FormErrors problems = FormErrors.of(errors, field -> field);
        problems.into(scope);
        scope.put("toError", problems.at("to"));
        scope.put("measureError", problems.at("measure"));
        scope.put("to", to.month() == null ? request.getParameter("to") : to.month().toString());
        scope.put("choices", models.choices(tenant.code(), errors.stream().anyMatch(e -> e.field().equals("measure")) ? null : measure));
        if (errors.isEmpty()) {
            scope.put("shown", true);
            scope.put("measure", measure);
            scope.putAll(models.trend(tenant.code(), measure, to.month()));
        }
        templates.render(response, 200, "centre-trend", scope);
    }
}

package org.guildhall.hr.pages;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.hr.onboarding.control.OnboardingWorkbook;
import org.guildhall.platform.domain.InvalidFile;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.WorkbookReader;

/** The HR pages at {@code /hr/{tenant}/...}, for HR admins. */
@WebServlet("/hr/*")
@MultipartConfig(maxFileSize = WorkbookReader.MAX_BYTES, maxRequestSize = WorkbookReader.MAX_BYTES + 1024 * 1024)
public class HrPages extends TenantPages {

    private static final Set<TenantRole> HR = Set.of(TenantRole.HR_ADMIN);
    private static final Pattern EMPLOYEE = Pattern.compile("/employees/([A-Za-z0-9-]{1,32})(/edit)?");
    private static final Map<String, String> LABELS = labels();

    @Inject
    HrPageModels models;

    @Inject
    OnboardingWorkbook workbook;

    @Override
    protected Set<TenantRole> readers() {
        return HR;
    }

    @Override
    protected Set<TenantRole> writers() {
        return HR;
    }

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher employee = EMPLOYEE.matcher(rest);
        if (rest.isEmpty() || "/".equals(rest) || "/employees".equals(rest)) {
            String query = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
            List<Map<String, Object>> rows = models.search(query);
            scope.put("title", "Employees");
            scope.put("q", query);
            scope.put("employees", rows);
            scope.put("hasEmployees", !rows.isEmpty());
            templates.render(response, 200, "hr-employees", scope);
        } else if (employee.matches() && employee.group(2) == null) {
            Map<String, String> values = models.employee(employee.group(1));
            scope.put("title", values.get("givenName") + " " + values.get("familyName"));
            scope.put("number", employee.group(1));
            scope.put("fields", fields(values, Map.of()));
            scope.put("saved", request.getParameter("saved") != null);
            templates.render(response, 200, "hr-employee", scope);
        } else if (employee.matches()) {
            form(scope, employee.group(1), models.employee(employee.group(1)), List.of());
            templates.render(response, 200, "hr-employee-form", scope);
        } else if ("/org-units".equals(rest)) {
            scope.put("title", "Organisation");
            scope.put("units", models.orgTree());
            templates.render(response, 200, "hr-org-units", scope);
        } else if ("/onboarding/template.xlsx".equals(rest)) {
            response.setContentType(org.guildhall.platform.spreadsheet.Workbooks.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"onboarding-template.xlsx\"");
            workbook.template(response.getOutputStream());
        } else if ("/onboarding".equals(rest)) {
            scope.put("title", "Load people from a workbook");
            templates.render(response, 200, "hr-onboarding", scope);
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher employee = EMPLOYEE.matcher(rest);
        if (employee.matches() && employee.group(2) != null) {
            String number = employee.group(1);
            Map<String, String> form = new HashMap<>();
            request.getParameterMap().forEach((name, value) -> form.put(name, value.length == 0 ? "" : value[0]));
            try {
                models.change(number, Long.parseLong(form.getOrDefault("version", "-1")), form);
                response.sendRedirect(request.getContextPath() + "/hr/" + tenant + "/employees/"
                        + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?saved");
            } catch (Problem.BadRequest refused) {
                showRefused(response, scope, number, form, refused);
            } catch (InvalidInput | RuleRefused | StateConflict refused) {
                showRefused(response, scope, number, form, Problem.of(refused));
            }
            return;
        }
        if (!"/onboarding".equals(rest)) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        boolean load = "load".equals(request.getParameter("action"));
        Part file;
        try {
            file = request.getPart("file");
        } catch (ServletException | IllegalStateException tooLarge) {
            throw new Problem.InvalidUpload("The file is larger than 25 MB.");
        }
        scope.put("title", "Load people from a workbook");
        if (file == null || file.getSize() == 0) {
            scope.put("hasErrors", true);
            scope.put("errors", List.of(Map.of("field", "file", "message", "Select a workbook (.xlsx) to check")));
            scope.put("fileError", "Select a workbook (.xlsx) to check");
            templates.render(response, 200, "hr-onboarding", scope);
            return;
        }
        OnboardingWorkbook.Report report;
        try (InputStream content = file.getInputStream()) {
            report = models.onboard(content, load);
        } catch (InvalidFile unreadable) {
            scope.put("hasErrors", true);
            scope.put("errors", List.of(Map.of("field", "file", "message", unreadable.getMessage())));
            scope.put("fileError", unreadable.getMessage());
            templates.render(response, 200, "hr-onboarding", scope);
            return;
        }
        scope.put("checked", true);
        scope.put("valid", report.valid());
        scope.put("loaded", load && report.valid());
        scope.put("rows", report.rows().entrySet().stream().map(e -> Map.of("sheet", e.getKey(), "count", e.getValue())).toList());
        scope.put("changed", report.changed().entrySet().stream().map(e -> Map.of("sheet", e.getKey(), "count", e.getValue())).toList());
        scope.put("problemCount", report.errors().size());
        scope.put("problems", report.errors());
        templates.render(response, 200, "hr-onboarding", scope);
    }

    /** The form again, with the refusal's field errors, or its detail against the first field when it names none. */
    private void showRefused(HttpServletResponse response, Map<String, Object> scope, String number, Map<String, String> form,
                             Problem refused) throws IOException {
        List<FieldError> errors = refused.errors().isEmpty()
                ? List.of(new FieldError("givenName", refused.getMessage())) : refused.errors();
        form(scope, number, form, errors);
        templates.render(response, 200, "hr-employee-form", scope);
    }

    private void form(Map<String, Object> scope, String number, Map<String, String> values, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + ". " + b));
        scope.put("title", "Change employee " + number);
        scope.put("number", number);
        scope.put("version", values.getOrDefault("version", ""));
        scope.put("fields", fields(values, byField));
        scope.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        scope.put("hasErrors", !errors.isEmpty());
    }

    private static List<Map<String, Object>> fields(Map<String, String> values, Map<String, String> errors) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String field : HrPageModels.FIELDS) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", field);
            model.put("label", LABELS.get(field));
            model.put("value", values.getOrDefault(field, ""));
            if (errors.containsKey(field)) {
                model.put("error", errors.get(field));
            }
            fields.add(model);
        }
        return fields;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("givenName", "Given name");
        labels.put("familyName", "Family name");
        labels.put("email", "Email address");
        labels.put("niNumber", "National Insurance number");
        labels.put("dateOfBirth", "Date of birth (YYYY-MM-DD)");
        labels.put("startDate", "Start date (YYYY-MM-DD)");
        labels.put("endDate", "Leaving date (YYYY-MM-DD, if leaving)");
        labels.put("orgUnit", "Organisation unit");
        labels.put("costCentre", "Cost centre");
        labels.put("managerNumber", "Line manager's employee number");
        labels.put("nation", "Nation (ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND)");
        labels.put("fte", "Full-time equivalent (for example 0.6)");
        labels.put("weeklyHours", "Contracted weekly hours");
        labels.put("grade", "Grade");
        labels.put("annualSalary", "Annual salary (£)");
        return labels;
    }
}

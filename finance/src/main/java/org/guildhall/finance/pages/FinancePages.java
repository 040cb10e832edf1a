package org.guildhall.finance.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.boundary.TrialBalanceResource;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * The finance pages at {@code /finance/{tenant}/...}. Reading needs FINANCE or AUDITOR in the tenant; posting, closing
 * and reopening need FINANCE. Forms post back with the session's CSRF token; a refused journal comes back with an error
 * summary and each message by its field.
 */
@WebServlet("/finance/*")
public class FinancePages extends TenantPages {

    static final int FORM_LINES = 6;
    private static final Set<TenantRole> READERS = Set.of(TenantRole.FINANCE, TenantRole.AUDITOR);
    private static final Set<TenantRole> WRITERS = Set.of(TenantRole.FINANCE);
    private static final Pattern PERIOD_ACTION = Pattern.compile("/periods/(\\d{4})/(\\d{1,2})/(close|reopen)");

    @Inject
    FinancePageModels models;

    @Inject
    Clock clock;

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
        scope.put("posted", request.getParameter("posted") != null);
        int year = intParameter(request, "fiscalYear", FiscalYear.current(clock));
        int period = intParameter(request, "period", FiscalYear.periodOf(BusinessCalendar.today(clock)));
        scope.put("fiscalYear", year);
        switch (rest) {
            case "", "/" -> response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/journals");
            case "/journals" -> {
                List<Map<String, Object>> journals = models.journals(year);
                scope.put("title", "Journals");
                scope.put("journals", journals);
                scope.put("hasJournals", !journals.isEmpty());
                templates.render(response, 200, "finance-journals", scope);
            }
            case "/journals/new" -> {
                scope.put("title", "Post a journal");
                form(scope, Map.of(), List.of());
                templates.render(response, 200, "finance-journal-form", scope);
            }
            case "/trial-balance" -> {
                scope.put("title", "Trial balance");
                scope.put("period", period);
                scope.put("periods", periodChoices(period));
                scope.putAll(models.trialBalance(year, period));
                templates.render(response, 200, "finance-trial-balance", scope);
            }
            case "/trial-balance.xlsx" -> download(response, year, period);
            case "/periods" -> {
                scope.put("title", "Periods");
                scope.put("periods", models.periods(year));
                templates.render(response, 200, "finance-periods", scope);
            }
            case "/budget-vs-actual" -> {
                List<Map<String, Object>> rows = models.budgetAgainstActual(year, period);
                scope.put("title", "Budget against actual");
                scope.put("period", period);
                scope.put("periods", periodChoices(period));
                scope.put("rows", rows);
                scope.put("hasRows", !rows.isEmpty());
                templates.render(response, 200, "finance-budget", scope);
            }
            default -> {
                if (rest.matches("/journals/\\d{1,18}")) {
                    scope.putAll(models.journal(Long.parseLong(rest.substring("/journals/".length()))));
                    scope.put("title", "Journal " + scope.get("id"));
                    templates.render(response, 200, "finance-journal", scope);
                } else {
                    throw new Problem.NotFound("There is nothing at this address.");
                }
            }
        }
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                        Map<String, Object> scope) throws IOException {
        Matcher action = PERIOD_ACTION.matcher(rest);
        if (action.matches()) {
            int year = Integer.parseInt(action.group(1));
            int number = Integer.parseInt(action.group(2));
            if ("close".equals(action.group(3))) {
                models.closePeriod(year, number);
            } else {
                models.reopenPeriod(year, number);
            }
            response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/periods?fiscalYear=" + year);
            return;
        }
        if (!"/journals".equals(rest)) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, value) -> values.put(name, value.length == 0 ? "" : value[0].strip()));
        List<FieldError> errors = new ArrayList<>();
        JournalDraft draft = draft(values, errors);
        if (errors.isEmpty()) {
            try {
                String key = values.getOrDefault("idempotencyKey", "");
                long id = models.post(key.isEmpty() ? UUID.randomUUID().toString() : key, draft);
                response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/journals/" + id + "?posted");
                return;
            } catch (Problem.RuleViolation refused) {
                errors.addAll(refused.errors());
            }
        }
        scope.put("title", "Post a journal");
        form(scope, values, errors);
        templates.render(response, 200, "finance-journal-form", scope);
    }

    /** The draft a submitted form describes; what cannot be read is added to {@code errors} by the form field. */
    static JournalDraft draft(Map<String, String> form, List<FieldError> errors) {
        LocalDate date = null;
        try {
            date = LocalDate.of(Integer.parseInt(form.getOrDefault("date-year", "")), Integer.parseInt(form.getOrDefault("date-month", "")),
                    Integer.parseInt(form.getOrDefault("date-day", "")));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError("date", "Enter a real date, for example 30 4 2026"));
        }
        String description = form.getOrDefault("description", "");
        if (description.isEmpty()) {
            errors.add(new FieldError("description", "Enter a description"));
        }
        List<JournalDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < FORM_LINES; i++) {
            String account = form.getOrDefault("lines-" + i + "-account", "");
            String debit = form.getOrDefault("lines-" + i + "-debit", "");
            String credit = form.getOrDefault("lines-" + i + "-credit", "");
            if (account.isEmpty() && debit.isEmpty() && credit.isEmpty()) {
                continue;
            }
            String costCentre = form.getOrDefault("lines-" + i + "-costCentre", "");
            lines.add(new JournalDraft.Line(account.isEmpty() ? null : account, costCentre.isEmpty() ? null : costCentre,
                    amount(debit, "lines[" + i + "].debit", errors), amount(credit, "lines[" + i + "].credit", errors),
                    form.getOrDefault("lines-" + i + "-memo", "").isEmpty() ? null : form.get("lines-" + i + "-memo")));
        }
        return new JournalDraft(date, description, form.getOrDefault("reference", "").isEmpty() ? null : form.get("reference"), lines);
    }

    private static Money amount(String text, String field, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Money.parse(text.replace(",", "").replace("£", ""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Enter an amount in pounds and pence, such as 1234.50"));
            return null;
        }
    }

    /** The HTML id a field's error links to: {@code lines[2].debit} is {@code lines-2-debit}. */
    static String anchor(String field) {
        return switch (field) {
            case "date" -> "date-day";
            case "lines" -> "lines-0-account";
            default -> field.replace("[", "-").replace("].", "-").replace("]", "");
        };
    }

    private void form(Map<String, Object> scope, Map<String, String> values, List<FieldError> errors) {
        Map<String, String> byAnchor = new LinkedHashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (FieldError error : errors) {
            String anchor = anchor(error.field());
            summary.add(Map.of("field", anchor, "message", error.message()));
            byAnchor.merge(anchor, error.message(), (a, b) -> a + ". " + b);
        }
        scope.put("errors", summary);
        scope.put("hasErrors", !summary.isEmpty());
        for (String field : List.of("date-day", "date-month", "date-year", "description", "reference")) {
            scope.put(field.replace("-", ""), values.getOrDefault(field, ""));
        }
        scope.put("dateError", byAnchor.get("date-day"));
        scope.put("descriptionError", byAnchor.get("description"));
        scope.put("idempotencyKey", values.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
        List<Map<String, Object>> accounts = models.postableAccounts();
        List<String> costCentres = models.costCentres();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < FORM_LINES; i++) {
            String prefix = "lines-" + i + "-";
            String account = values.getOrDefault(prefix + "account", "");
            String costCentre = values.getOrDefault(prefix + "costCentre", "");
            List<String> lineErrors = new ArrayList<>();
            for (String part : List.of("account", "costCentre", "debit", "credit")) {
                if (byAnchor.containsKey(prefix + part)) {
                    lineErrors.add(byAnchor.get(prefix + part));
                }
            }
            Map<String, Object> line = new HashMap<>();
            line.put("index", i);
            line.put("number", i + 1);
            line.put("debit", values.getOrDefault(prefix + "debit", ""));
            line.put("credit", values.getOrDefault(prefix + "credit", ""));
            line.put("memo", values.getOrDefault(prefix + "memo", ""));
            line.put("error", String.join(". ", lineErrors));
            line.put("hasError", !lineErrors.isEmpty());
            line.put("accounts", accounts.stream().map(a -> Map.of("code", a.get("code"), "name", a.get("name"),
                    "selected", a.get("code").equals(account))).toList());
            line.put("costCentres", costCentres.stream().map(c -> Map.of("code", c, "selected", c.equals(costCentre))).toList());
            lines.add(line);
        }
        scope.put("lines", lines);
    }

    private void download(HttpServletResponse response, int year, int period) throws IOException {
        List<Balances.Row> rows = models.trialBalanceRows(year, period);
        response.setContentType(Workbooks.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"trial-balance-" + year + "-" + period + ".xlsx\"");
        TrialBalanceResource.workbook(year, period, rows).write(response.getOutputStream());
    }

    private static List<Map<String, Object>> periodChoices(int selected) {
        List<Map<String, Object>> choices = new ArrayList<>();
        String[] months = {"April", "May", "June", "July", "August", "September", "October", "November", "December", "January",
                "February", "March"};
        for (int n = 1; n <= 12; n++) {
            choices.add(Map.of("number", n, "name", n + " (" + months[n - 1] + ")", "selected", n == selected));
        }
        return choices;
    }

    private static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Problem.BadRequest("The " + name + " in the address is not a number.");
        }
    }
}

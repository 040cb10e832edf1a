package org.guildhall.hr.expenses.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.hr.expenses.control.ExpenseDecisions;
import org.guildhall.hr.expenses.control.ExpenseDrafts;
import org.guildhall.hr.expenses.control.ExpenseQueries;
import org.guildhall.hr.expenses.control.ExpenseReceipts;
import org.guildhall.hr.expenses.control.ExpenseSubmissions;
import org.guildhall.hr.expenses.control.Expenses;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.ExpensePolicy;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.leave.control.Leave;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.pages.FormErrors;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.tenancy.InTenant;

/** What the expense pages show, read in one transaction per page in the tenant of the request. */
@RequestScoped
@Transactional
@InTenant
public class ExpensePageModels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    Expenses expenses;

    @Inject
    ExpenseDrafts drafts;

    @Inject
    ExpenseReceipts receipts;

    @Inject
    ExpenseSubmissions submissions;

    @Inject
    ExpenseDecisions decisions;

    @Inject
    ExpenseQueries queries;

    @Inject
    People people;

    @Inject
    Myself me;

    public Map<String, Object> home() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Your expense claims");
        List<Map<String, Object>> claims = queries.claimsOf(null, null, 0, 100).stream().map(this::summary).toList();
        scope.put("claims", claims);
        scope.put("hasClaims", !claims.isEmpty());
        long queue = decisions.queueSize();
        scope.put("queue", queue);
        scope.put("hasQueue", queue > 0);
        return scope;
    }

    public Map<String, Object> form(ClaimForm form, List<FieldError> errors) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Claim expenses");
        ExpensePolicy policy = expenses.policy();
        FormErrors problems = FormErrors.of(errors, ClaimForm::anchor);
        problems.into(scope);
        scope.put("count", form.count());
        scope.put("canAdd", form.count() < ClaimForm.MOST_LINES);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            Map<String, String> values = form.lines().get(i);
            Map<String, Object> line = new HashMap<>(values);
            String prefix = "lines-" + i + "-";
            line.put("i", i);
            line.put("n", i + 1);
            line.put("date_day", values.get("date-day"));
            line.put("date_month", values.get("date-month"));
            line.put("date_year", values.get("date-year"));
            line.put("isLondon", "yes".equals(values.get("london")));
            line.put("categories", policy.categories().stream().map(c -> Map.of("code", c.code(), "name", c.name(),
                    "selected", c.code().equals(values.get("category")))).toList());
            line.put("vehicles", List.of(option("CAR", "Car or van", values.get("vehicle")), option("MOTORCYCLE", "Motorcycle", values.get("vehicle")),
                    option("BICYCLE", "Bicycle", values.get("vehicle"))));
            for (String field : List.of("date-day", "category", "amount", "vat", "miles", "vehicle", "description")) {
                line.put(field.replace("-day", "") + "Error", problems.at(prefix + field));
            }
            lines.add(line);
        }
        scope.put("lines", lines);
        scope.put("receiptAbove", policy.receiptRequiredAbove().toString());
        return scope;
    }

    private static Map<String, Object> option(String value, String label, String chosen) {
        return Map.of("value", value, "label", label, "selected", value.equals(chosen));
    }

    public long create(List<ClaimLine> inputs, List<InvalidInput.Field> unreadable) {
        return drafts.create(null, inputs, unreadable).claim().id();
    }

    public Map<String, Object> claim(long id, List<FieldError> errors) {
        Expenses.Claim claim = queries.find(id);
        ExpenseClaim c = claim.claim();
        ExpensePolicy policy = expenses.policy();
        Map<String, Object> scope = new HashMap<>(summary(c));
        EmployeeDetails who = people.find(c.employeeNumber()).details();
        scope.put("title", "Expense claim " + id);
        scope.put("claimId", id);
        scope.put("who", who.givenName() + " " + who.familyName());
        boolean own = c.employeeNumber().equals(me.employeeNumber().orElse(null));
        boolean draft = c.status() == ExpenseClaim.Status.DRAFT;
        scope.put("editable", own && draft);
        scope.put("decidable", !own && c.status() == ExpenseClaim.Status.SUBMITTED
                && decisions.queue(0, 500).stream().anyMatch(q -> q.id().equals(c.id())));
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.put(e.field(), e.message()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ExpenseLine l : claim.lines()) {
            Map<String, Object> line = new HashMap<>();
            line.put("n", l.lineNo());
            line.put("date", DAY.format(l.spentOn()));
            line.put("category", policy.category(l.category()).map(ExpensePolicy.Category::name).orElse(l.category()));
            line.put("description", l.description() + (l.miles() == null ? "" : " (" + l.miles().stripTrailingZeros().toPlainString()
                    + " miles by " + l.vehicle().name().toLowerCase(Locale.UK) + ")"));
            line.put("amount", "£" + l.amount());
            line.put("vat", l.vat().isZero() ? "" : "£" + l.vat());
            line.put("breach", l.breach());
            List<Map<String, Object>> receipts = new ArrayList<>();
            for (Receipt r : claim.receipts()) {
                if (r.lineNo() != null && r.lineNo() == l.lineNo()) {
                    receipts.add(Map.of("receiptId", r.id(), "name", r.fileName()));
                }
            }
            line.put("receipts", receipts);
            line.put("receiptError", byField.get("lines[" + (l.lineNo() - 1) + "].receipt"));
            lines.add(line);
        }
        scope.put("lines", lines);
        scope.put("hasBreaches", claim.lines().stream().anyMatch(l -> l.breach() != null));
        scope.put("reason", c.reason());
        scope.put("decidedBy", c.decidedBy());
        scope.put("approverRole", claim.approverRole());
        scope.put("hasErrors", !errors.isEmpty());
        scope.put("errors", errors.stream().map(e -> Map.of("field", anchorOnClaim(e.field()), "message", e.message())).toList());
        scope.put("reasonError", byField.get("reason"));
        return scope;
    }

    /** Where a problem shows on the claim page: a missing receipt at that line's upload box. */
    static String anchorOnClaim(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines\\[(\\d+)\\]\\.receipt").matcher(field);
        return m.matches() ? "file-" + (Integer.parseInt(m.group(1)) + 1) : field;
    }

    public void attach(long id, Integer line, String fileName, byte[] content) {
        receipts.attach(id, line, fileName, content);
    }

    public Receipt receipt(long id, long receiptId) {
        return queries.receipt(id, receiptId);
    }

    public void submit(long id) {
        submissions.submit(id);
    }

    public void decide(long id, boolean approve, String reason) {
        decisions.decide(id, approve, reason);
    }

    public Map<String, Object> approvals(String done) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Expenses to approve");
        List<Map<String, Object>> items = new ArrayList<>();
        for (ExpenseClaim c : decisions.queue(0, 200)) {
            Map<String, Object> item = summary(c);
            EmployeeDetails who = people.find(c.employeeNumber()).details();
            item.put("who", who.givenName() + " " + who.familyName());
            items.add(item);
        }
        scope.put("items", items);
        scope.put("hasItems", !items.isEmpty());
        scope.put("approved", "approved".equals(done));
        scope.put("rejected", "rejected".equals(done));
        return scope;
    }

    private Map<String, Object> summary(ExpenseClaim c) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("total", "£" + c.total());
        row.put("made", DAY.format(c.createdAt().atZone(Leave.UK)));
        row.put("status", switch (c.status()) {
            case DRAFT -> "Not submitted";
            case SUBMITTED -> "Waiting for approval";
            case APPROVED -> "Approved, to be repaid";
            case PAID -> "Repaid with your pay";
            case REJECTED -> "Rejected";
        });
        row.put("tag", switch (c.status()) {
            case DRAFT -> "govuk-tag--grey";
            case SUBMITTED -> "govuk-tag--yellow";
            case APPROVED, PAID -> "govuk-tag--green";
            case REJECTED -> "govuk-tag--red";
        });
        return row;
    }
}

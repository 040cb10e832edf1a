package org.guildhall.finance.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;

/**
 * The post-a-journal form as submitted: the date as day, month and year boxes, a description, a reference and
 * {@link #LINES} lines, each with its fields named {@code lines-N-field}. Read, it answers the draft and, by the API's
 * field names, what could not be read; shown again, it keeps what was typed and puts each problem by its field.
 */
public record JournalForm(Map<String, String> values) {

    public static final int LINES = 6;

    /** Every posted parameter's first value, stripped. */
    public static JournalForm of(Map<String, String[]> parameters) {
        Map<String, String> values = new HashMap<>();
        parameters.forEach((name, value) -> values.put(name, value.length == 0 ? "" : value[0].strip()));
        return new JournalForm(values);
    }

    public static JournalForm blank() {
        return new JournalForm(Map.of());
    }

    private String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** The key that makes posting this form twice post one journal; empty when the form came without one. */
    public String idempotencyKey() {
        return get("idempotencyKey");
    }

    /** The draft the form describes; what cannot be read is added to {@code errors} by the form field. */
    public JournalDraft draft(List<FieldError> errors) {
        LocalDate date = null;
        try {
            date = LocalDate.of(Integer.parseInt(get("date-year")), Integer.parseInt(get("date-month")), Integer.parseInt(get("date-day")));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError("date", "Enter a real date, for example 30 4 2026"));
        }
        String description = get("description");
        if (description.isEmpty()) {
            errors.add(new FieldError("description", "Enter a description"));
        }
        List<JournalDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String account = get("lines-" + i + "-account");
            String debit = get("lines-" + i + "-debit");
            String credit = get("lines-" + i + "-credit");
            if (account.isEmpty() && debit.isEmpty() && credit.isEmpty()) {
                continue;
            }
            lines.add(new JournalDraft.Line(orNull(account), orNull(get("lines-" + i + "-costCentre")),
                    amount(debit, "lines[" + i + "].debit", errors), amount(credit, "lines[" + i + "].credit", errors),
                    orNull(get("lines-" + i + "-memo"))));
        }
        return new JournalDraft(date, description, orNull(get("reference")), lines);
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
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
    public static String anchor(String field) {
        return switch (field) {
            case "date" -> "date-day";
            case "lines" -> "lines-0-account";
            default -> field.replace("[", "-").replace("].", "-").replace("]", "");
        };
    }

    /**
     * The form's part of the page: what was typed, the error summary, each message by its field, and every line with
     * the accounts and cost centres to choose from.
     */
    public Map<String, Object> model(List<FieldError> errors, List<Map<String, Object>> accounts, List<String> costCentres) {
        Map<String, Object> model = new HashMap<>();
        Map<String, String> byAnchor = new LinkedHashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (FieldError error : errors) {
            String anchor = anchor(error.field());
            summary.add(Map.of("field", anchor, "message", error.message()));
            byAnchor.merge(anchor, error.message(), (a, b) -> a + ". " + b);
        }
        model.put("errors", summary);
        model.put("hasErrors", !summary.isEmpty());
        for (String field : List.of("date-day", "date-month", "date-year", "description", "reference")) {
            model.put(field.replace("-", ""), get(field));
        }
        model.put("dateError", byAnchor.get("date-day"));
        model.put("descriptionError", byAnchor.get("description"));
        model.put("idempotencyKey", values.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(line(i, byAnchor, accounts, costCentres));
        }
        model.put("lines", lines);
        return model;
    }

    private Map<String, Object> line(int i, Map<String, String> byAnchor, List<Map<String, Object>> accounts, List<String> costCentres) {
        String prefix = "lines-" + i + "-";
        String account = get(prefix + "account");
        String costCentre = get(prefix + "costCentre");
        List<String> lineErrors = new ArrayList<>();
        for (String part : List.of("account", "costCentre", "debit", "credit")) {
            if (byAnchor.containsKey(prefix + part)) {
                lineErrors.add(byAnchor.get(prefix + part));
            }
        }
        Map<String, Object> line = new HashMap<>();
        line.put("index", i);
        line.put("number", i + 1);
        line.put("debit", get(prefix + "debit"));
        line.put("credit", get(prefix + "credit"));
        line.put("memo", get(prefix + "memo"));
        line.put("error", String.join(". ", lineErrors));
        line.put("hasError", !lineErrors.isEmpty());
        line.put("accounts", accounts.stream().map(a -> Map.of("code", a.get("code"), "name", a.get("name"),
                "selected", a.get("code").equals(account))).toList());
        line.put("costCentres", costCentres.stream().map(c -> Map.of("code", c, "selected", c.equals(costCentre))).toList());
        return line;
    }
}

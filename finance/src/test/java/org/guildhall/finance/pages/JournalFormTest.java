package org.guildhall.finance.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class JournalFormTest {

    static JournalForm posted(String... pairs) {
        Map<String, String[]> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return JournalForm.of(parameters);
    }

    static final String[] COMPLETE = {"date-day", "30", "date-month", "4", "date-year", "2026", "description", " Stationery ",
            "reference", "", "lines-0-account", "55100", "lines-0-costCentre", "CC300", "lines-0-debit", "£1,234.50",
            "lines-0-memo", "Pens", "lines-2-account", "14000", "lines-2-credit", "1234.50", "idempotencyKey", "key-1"};

    @Test
    void aCompleteFormIsADraftWithItsFilledLinesOnly() {
        List<FieldError> errors = new ArrayList<>();
        JournalDraft draft = posted(COMPLETE).draft(errors);
        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2026, 4, 30), draft.date());
        assertEquals("Stationery", draft.description());
        assertNull(draft.reference());
        assertEquals(List.of(new JournalDraft.Line("55100", "CC300", Money.parse("1234.50"), null, "Pens"),
                new JournalDraft.Line("14000", null, null, Money.parse("1234.50"), null)), draft.lines());
        assertEquals("key-1", posted(COMPLETE).idempotencyKey());
    }

    @Test
    void whatCannotBeReadIsAProblemByTheApisFieldName() {
        List<FieldError> errors = new ArrayList<>();
        JournalDraft draft = posted("date-day", "31", "date-month", "2", "date-year", "2026", "lines-1-account", "55100",
                "lines-1-debit", "12.5.0", "lines-1-credit", "ten").draft(errors);
        assertEquals(List.of(new FieldError("date", "Enter a real date, for example 30 4 2026"),
                new FieldError("description", "Enter a description"),
                new FieldError("lines[1].debit", "Enter an amount in pounds and pence, such as 1234.50"),
                new FieldError("lines[1].credit", "Enter an amount in pounds and pence, such as 1234.50")), errors);
        assertNull(draft.date());
        assertEquals(1, draft.lines().size());
        assertEquals("", posted().idempotencyKey());
    }

    @Test
    void eachFieldsErrorLinksToItsBox() {
        assertEquals("date-day", JournalForm.anchor("date"));
        assertEquals("lines-0-account", JournalForm.anchor("lines"));
        assertEquals("lines-2-debit", JournalForm.anchor("lines[2].debit"));
        assertEquals("lines-11", JournalForm.anchor("lines[11]"));
        assertEquals("description", JournalForm.anchor("description"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shownAgainTheFormKeepsWhatWasTypedAndPutsEachProblemByItsField() {
        List<FieldError> errors = List.of(new FieldError("date", "Enter a real date"),
                new FieldError("lines[0].account", "No such account"), new FieldError("lines[0].debit", "Too much"),
                new FieldError("description", "Too long"), new FieldError("description", "Too vague"));
        Map<String, Object> model = posted(COMPLETE).model(errors, List.of(Map.of("code", "55100", "name", "Stationery"),
                Map.of("code", "14000", "name", "Bank")), List.of("CC300", "CC400"));
        assertEquals(true, model.get("hasErrors"));
        assertEquals(List.of(Map.of("field", "date-day", "message", "Enter a real date"),
                Map.of("field", "lines-0-account", "message", "No such account"), Map.of("field", "lines-0-debit", "message", "Too much"),
                Map.of("field", "description", "message", "Too long"), Map.of("field", "description", "message", "Too vague")),
                model.get("errors"));
        assertEquals("Enter a real date", model.get("dateError"));
        assertEquals("Too long. Too vague", model.get("descriptionError"));
        assertEquals("30", model.get("dateday"));
        assertEquals("Stationery", model.get("description"));
        assertEquals("key-1", model.get("idempotencyKey"));
        List<Map<String, Object>> lines = (List<Map<String, Object>>) model.get("lines");
        assertEquals(JournalForm.LINES, lines.size());
        Map<String, Object> first = lines.get(0);
        assertEquals("No such account. Too much", first.get("error"));
        assertEquals(true, first.get("hasError"));
        assertEquals("£1,234.50", first.get("debit"));
        assertEquals(List.of(Map.of("code", "55100", "name", "Stationery", "selected", true),
                Map.of("code", "14000", "name", "Bank", "selected", false)), first.get("accounts"));
        assertEquals(List.of(Map.of("code", "CC300", "selected", true), Map.of("code", "CC400", "selected", false)),
                first.get("costCentres"));
        assertEquals(false, lines.get(1).get("hasError"));
        assertEquals(6, lines.get(5).get("number"));
    }

    @Test
    void aBlankFormHasNoProblemsAndANewIdempotencyKey() {
        Map<String, Object> model = JournalForm.blank().model(List.of(), List.of(), List.of());
        assertFalse((Boolean) model.get("hasErrors"));
        assertNull(model.get("dateError"));
        assertEquals("", model.get("reference"));
        assertTrue(UUID.fromString((String) model.get("idempotencyKey")) != null);
    }
}

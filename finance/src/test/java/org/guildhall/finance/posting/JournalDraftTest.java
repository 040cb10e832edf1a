package org.guildhall.finance.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class JournalDraftTest {

    static final JournalDraft.Chart CHART = new JournalDraft.Chart(
            Map.of("14000", true, "55100", true, "55000", false, "31000", true), Set.of("CC100", "CC200"));

    static JournalDraft.Line debit(String account, String amount) {
        return new JournalDraft.Line(account, null, Money.parse(amount), null, null);
    }

    static JournalDraft.Line credit(String account, String amount) {
        return new JournalDraft.Line(account, null, null, Money.parse(amount), null);
    }

    static JournalDraft draft(JournalDraft.Line... lines) {
        return new JournalDraft(LocalDate.of(2026, 5, 1), "Test", null, List.of(lines));
    }

    static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void aBalancedJournalToPostableAccountsHasNoProblems() {
        assertEquals(List.of(), draft(debit("55100", "100.00"), credit("14000", "60.00"), credit("14000", "40.00")).problems(CHART));
    }

    @Test
    void debitsMustEqualCredits() {
        List<FieldError> problems = draft(debit("55100", "100.00"), credit("14000", "99.99")).problems(CHART);
        assertEquals(List.of("lines"), fields(problems));
        assertTrue(problems.get(0).message().contains("100.00") && problems.get(0).message().contains("99.99"));
    }

    @Test
    void amountsMustBePositive() {
        assertEquals(List.of("lines[0].debit", "lines[1].credit"), fields(draft(debit("55100", "0.00"), credit("14000", "0")).problems(CHART)));
        assertTrue(fields(draft(debit("55100", "-5.00"), credit("14000", "-5.00")).problems(CHART)).contains("lines[0].debit"));
    }

    @Test
    void aLineIsEitherADebitOrACredit() {
        JournalDraft.Line both = new JournalDraft.Line("55100", null, Money.parse("1.00"), Money.parse("1.00"), null);
        JournalDraft.Line neither = new JournalDraft.Line("14000", null, null, null, null);
        assertEquals(List.of("lines[0].debit", "lines[1].debit"), fields(draft(both, neither).problems(CHART)));
    }

    @Test
    void accountsMustExistAndBePostableAndCostCentresExist() {
        JournalDraft.Line unknownCostCentre = new JournalDraft.Line("14000", "CC999", null, Money.parse("2.00"), null);
        List<FieldError> problems = draft(debit("55000", "1.00"), debit("99999", "1.00"), unknownCostCentre).problems(CHART);
        assertEquals(List.of("lines[0].account", "lines[1].account", "lines[2].costCentre"), fields(problems));
        assertTrue(problems.get(0).message().contains("heading"));
    }

    @Test
    void aJournalNeedsAtLeastTwoLines() {
        assertEquals(List.of("lines"), fields(draft(debit("55100", "1.00")).problems(CHART)).subList(0, 1));
        assertTrue(fields(draft().problems(CHART)).contains("lines"));
    }
}

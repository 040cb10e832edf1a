package org.guildhall.hr.expenses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.guildhall.hr.expenses.entity.ExpenseClaim.Status;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim's transition table, every state against every action: DRAFT to SUBMITTED; SUBMITTED to APPROVED or REJECTED. */
class ExpenseClaimTest {

    static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    static ExpenseClaim in(Status status) {
        ExpenseClaim claim = new ExpenseClaim("E1", "erin", AT);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> claim.submit(AT);
            case APPROVED -> {
                claim.submit(AT);
                claim.approve("mo", AT, null, 7L);
            }
            case REJECTED -> {
                claim.submit(AT);
                claim.reject("mo", AT, "Walk next time");
            }
        }
        return claim;
    }

    static final Map<String, Consumer<ExpenseClaim>> ACTIONS = Map.of(
            "submit", c -> c.submit(AT),
            "approve", c -> c.approve("mo", AT, null, 7L),
            "reject", c -> c.reject("mo", AT, "Walk next time"));

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "DRAFT,     submit,  SUBMITTED",
            "DRAFT,     approve, ",
            "DRAFT,     reject,  ",
            "SUBMITTED, submit,  ",
            "SUBMITTED, approve, APPROVED",
            "SUBMITTED, reject,  REJECTED",
            "APPROVED,  submit,  ",
            "APPROVED,  approve, ",
            "APPROVED,  reject,  ",
            "REJECTED,  submit,  ",
            "REJECTED,  approve, ",
            "REJECTED,  reject,  "})
    void walks_the_transition_table(Status from, String action, Status to) {
        ExpenseClaim claim = in(from);
        if (to == null) {
            StateConflict refused = assertThrows(StateConflict.class, () -> ACTIONS.get(action).accept(claim));
            assertEquals(409, Problem.of(refused).status());
            assertEquals(from, claim.status(), "a refused transition changes nothing");
        } else {
            ACTIONS.get(action).accept(claim);
            assertEquals(to, claim.status());
        }
    }

    @Test
    void refusals_say_what_happened() {
        assertEquals("This claim has not been submitted yet.",
                assertThrows(StateConflict.class, () -> in(Status.DRAFT).ensureSubmitted()).getMessage());
        assertEquals("This claim was already approved by mo.",
                assertThrows(StateConflict.class, () -> in(Status.APPROVED).ensureSubmitted()).getMessage());
        assertEquals("This claim was already submitted.", assertThrows(StateConflict.class, () -> in(Status.SUBMITTED).ensureDraft()).getMessage());
        assertEquals("Receipts can be added only before the claim is submitted.",
                assertThrows(StateConflict.class, () -> in(Status.SUBMITTED).ensureTakesReceipts()).getMessage());
        in(Status.DRAFT).ensureTakesReceipts();
    }

    @Test
    void an_approval_keeps_its_journal_and_a_rejection_has_none() {
        assertEquals(7L, in(Status.APPROVED).journalId());
        assertNull(in(Status.REJECTED).journalId());
        ExpenseClaim submitted = in(Status.SUBMITTED);
        assertThrows(IllegalArgumentException.class, () -> submitted.approve("mo", AT, null, null));
        assertThrows(IllegalArgumentException.class, () -> submitted.reject("mo", AT, ""));
        assertEquals(Status.SUBMITTED, submitted.status());
    }
}

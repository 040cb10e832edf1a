package org.guildhall.hr.leave.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request's transition table, every state against every action: PENDING to APPROVED, REJECTED or CANCELLED; APPROVED to CANCELLED. */
class LeaveRequestTest {

    static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    static LeaveRequest pending() {
        return new LeaveRequest("E1", "ANNUAL", new Span(LocalDate.of(2026, 6, 1), null, LocalDate.of(2026, 6, 2), null), 2026,
                new WorkingTime.Taken(new BigDecimal("2.0"), new BigDecimal("14.80")), null, "erin", AT, false);
    }

    static LeaveRequest in(Status status) {
        LeaveRequest request = pending();
        switch (status) {
            case PENDING -> { }
            case APPROVED -> request.approve("mo", AT, null);
            case REJECTED -> request.reject("mo", AT, "Short-staffed that week");
            case CANCELLED -> request.cancel("erin", AT);
        }
        return request;
    }

    static final Map<String, Consumer<LeaveRequest>> ACTIONS = Map.of(
            "approve", r -> r.approve("mo", AT, "Enjoy it"),
            "reject", r -> r.reject("mo", AT, "Short-staffed that week"),
            "cancel", r -> r.cancel("erin", AT));

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "PENDING,   approve, APPROVED",
            "PENDING,   reject,  REJECTED",
            "PENDING,   cancel,  CANCELLED",
            "APPROVED,  approve, ",
            "APPROVED,  reject,  ",
            "APPROVED,  cancel,  CANCELLED",
            "REJECTED,  approve, ",
            "REJECTED,  reject,  ",
            "REJECTED,  cancel,  ",
            "CANCELLED, approve, ",
            "CANCELLED, reject,  ",
            "CANCELLED, cancel,  "})
    void walks_the_transition_table(Status from, String action, Status to) {
        LeaveRequest request = in(from);
        if (to == null) {
            StateConflict refused = assertThrows(StateConflict.class, () -> ACTIONS.get(action).accept(request));
            assertEquals(409, org.guildhall.platform.problem.Problem.of(refused).status());
            assertEquals(from, request.status(), "a refused transition changes nothing");
        } else {
            ACTIONS.get(action).accept(request);
            assertEquals(to, request.status());
        }
    }

    @Test
    void a_decision_records_who_when_and_why() {
        LeaveRequest request = pending();
        request.reject("mo", AT, "Short-staffed that week");
        assertEquals("mo", request.decidedBy());
        assertEquals(AT, request.decidedAt());
        assertEquals("Short-staffed that week", request.reason());
    }

    @Test
    void a_refusal_names_who_settled_it() {
        LeaveRequest request = in(Status.APPROVED);
        assertEquals("This request was already approved by mo.", assertThrows(StateConflict.class, request::ensurePending).getMessage());
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_changes_nothing() {
        LeaveRequest request = pending();
        assertThrows(IllegalArgumentException.class, () -> request.reject("mo", AT, " "));
        assertEquals(Status.PENDING, request.status());
    }
}

package org.guildhall.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.domain.InvalidFile;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

/** Each domain refusal answers exactly as the HTTP problem thrown in its place did. */
class DomainProblemsTest {

    @Test
    void eachKindKeepsTheStatusTypeAndBodyOfItsProblem() {
        List<InvalidInput.Field> fields = List.of(new InvalidInput.Field("taxYear", "There are no rates for 2001-02"));
        assertSame(new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("taxYear",
                "There are no rates for 2001-02"))), Problem.of(new InvalidInput("The request has invalid fields.", fields)));
        assertSame(new Problem.BadRequest("Unreadable."), Problem.of(new InvalidInput("Unreadable.")));
        List<CellError> cells = List.of(new CellError("Budgets", 3, "Account", "There is no account 99999"));
        assertSame(new Problem.InvalidUpload("1 problem(s) in the budget; nothing was loaded.", cells),
                Problem.of(new InvalidFile("1 problem(s) in the budget; nothing was loaded.", cells)));
        assertSame(new Problem.InvalidUpload("The file is not a readable .xlsx workbook."),
                Problem.of(new InvalidFile("The file is not a readable .xlsx workbook.")));
        assertSame(new Problem.RuleViolation("The journal cannot be posted.", List.of(new FieldError("date", "No period"))),
                Problem.of(new RuleRefused("The journal cannot be posted.", List.of(new InvalidInput.Field("date", "No period")))));
        assertSame(new Problem.RuleViolation("Net pay cannot be negative."), Problem.of(new RuleRefused("Net pay cannot be negative.")));
        assertSame(new Problem.Conflict("Already decided."), Problem.of(new StateConflict("Already decided.")));
        assertSame(new Problem.Forbidden("Not yours to decide."), Problem.of(new NotPermitted("Not yours to decide.")));
        assertSame(new Problem.NotFound("There is nothing at this address."), Problem.of(new Absent("There is nothing at this address.")));
    }

    private static void assertSame(Problem expected, Problem actual) {
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(ProblemResponses.body(expected), ProblemResponses.body(actual));
    }
}

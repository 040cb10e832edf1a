package org.guildhall.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.guildhall.platform.domain.CellError;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aValidationProblemCarriesEveryFieldError() {
        Problem problem = new Problem.BadRequest("The request has invalid fields.",
                List.of(new FieldError("code", "must not be blank"), new FieldError("admin.password", "is too short")));
        JsonObject body = parse(ProblemResponses.body(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors()));
        assertEquals("urn:guildhall:problem:validation", body.getString("type"));
        assertEquals(400, body.getInt("status"));
        assertEquals("Validation failed", body.getString("title"));
        assertEquals("admin.password", body.getJsonArray("errors").getJsonObject(1).getString("field"));
    }

    @Test
    void aProblemWithoutFieldErrorsHasNoErrorsMember() {
        Problem problem = new Problem.Conflict("Already closed.");
        JsonObject body = parse(ProblemResponses.body(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors()));
        assertEquals(409, body.getInt("status"));
        assertEquals("Already closed.", body.getString("detail"));
        assertFalse(body.containsKey("errors"));
    }

    @Test
    void textIsEscapedNotInjected() {
        String json = ProblemResponses.body(400, "bad-request", "Bad request", "a \"quoted\" detail\n", List.of());
        assertEquals("a \"quoted\" detail\n", parse(json).getString("detail"));
    }

    @Test
    void anUploadProblemListsEveryBadCell() {
        Problem problem = new Problem.InvalidUpload("2 cells cannot be loaded.", List.of(
                new CellError("Budgets", 3, "Account", "There is no account 99999"), new CellError("Budgets", 7, "Amount", "Enter an amount")));
        JsonObject body = parse(ProblemResponses.body(problem));
        assertEquals(400, body.getInt("status"));
        assertEquals("urn:guildhall:problem:invalid-upload", body.getString("type"));
        JsonObject second = body.getJsonArray("errors").getJsonObject(1);
        assertEquals("Budgets", second.getString("sheet"));
        assertEquals(7, second.getInt("row"));
        assertEquals("Amount", second.getString("column"));
    }
}

package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/payroll/calculations} on the deployed application: the answer's shape and figures, who may call
 * it, and a 400 naming the field for each kind of bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollCalculationsIT {

    private static final String PATH = "api/v1/payroll/calculations";

    @ArquillianResource
    URL base;


    @Test
    void aMonthlySalaryWithPensionAndStudentLoansComesOutToThePenny() {
        Api.Reply reply = new Fixtures(base).operator().post(PATH, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 4, "taxCode": "S1257L", "niCategory": "A",
                 "grossPay": "4800.00", "pensionEmployeeRate": "0.0545", "taxablePayToDate": "13500.00",
                 "taxPaidToDate": "2400.00", "studentLoanPlans": ["PLAN_1", "POSTGRADUATE"]}""");
        assertEquals(200, reply.status(), reply.toString());
        // Pension 261.60; taxable to date 18,038.40 - 4,193.04 free = 13,845 whole pounds in the Scottish higher band:
        // the lower bands' tax apportioned band by band (179.0433 + 806.2666 + 1,131.9700 for four months) and
        // (13,845 - 10,364) x 42% -> 3,579.29 due; NI 3,141 x 8% + 611 x 2%; Plan 1 (4,800 - 2,172.08) x 9% = 236.51 -> 236; PGL 3,050 x 6%.
        assertEquals(Map.of("taxablePay", "4538.40", "tax", "1179.29", "employeeNi", "263.50", "employerNi", "657.45",
                "studentLoan", "236.00", "postgraduateLoan", "183.00", "pensionEmployee", "261.60", "netPay", "2676.61",
                "taxablePayToDate", "18038.40", "taxPaidToDate", "3579.29"), strings(reply.json()));
    }

    @Test
    void anyoneSignedInMayCalculateAndNobodyElse() {
        Fixtures fixtures = new Fixtures(base);
        String tenant = fixtures.onboard("calc");
        Api employee = fixtures.userIn(tenant, "calc-" + tenant, "EMPLOYEE");
        Api.Reply reply = employee.post(PATH, """
                {"taxYear": "2025-26", "frequency": "WEEKLY", "period": 1, "taxCode": "1257L W1", "niCategory": "A", "grossPay": "500.00"}""");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("51.60", reply.json().getString("tax"));
        Fixtures.assertProblem(fixtures.anonymous().post(PATH, "{}"), 401);
    }

    @Test
    void eachBadInputIsA400ThatNamesTheField() {
        Api operator = new Fixtures(base).operator();
        assertRefused(operator, """
                {"taxYear": "2031-32", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": "100.00"}""",
                "taxYear", "There are no rates for 2031-32; the tax years known are 2024-25, 2025-26, 2026-27");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 13, "taxCode": "1257L", "niCategory": "A", "grossPay": "100.00"}""",
                "period", "A monthly payroll has periods 1 to 12");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": "-1.00"}""",
                "grossPay", "must not be negative");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257Q", "niCategory": "A", "grossPay": "100.00"}""",
                "taxCode", "1257Q is not a tax code: 'Q' is not a suffix HMRC uses; the suffix is L, M, N or T");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "Q", "grossPay": "100.00"}""",
                "niCategory", "Q is not an NI category letter in 2025-26; use one of A, B, C, D, E, F, H, I, J, K, L, M, N, S, V, X, Z");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": "100.00",
                 "pensionableGross": "150.00", "pensionEmployeeRate": "0.05"}""",
                "pensionableGross", "Pensionable pay is part of the gross pay, so it cannot be more than 100.00");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "SD4", "niCategory": "A", "grossPay": "100.00"}""",
                "taxCode", "SD4 is not a tax code in 2025-26: Scottish D codes go from SD0 to SD3");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": "100.00",
                 "studentLoanPlans": ["PLAN_5"]}""",
                "studentLoanPlans", "PLAN_5 has no repayments through payroll in 2025-26");
        assertRefused(operator, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": 100.5}""",
                "grossPay", "Send an amount as a string in pounds and pence, such as \"2500.00\"");
        // Deductions beyond the pay: a rule, not a malformed field. A 95% pension leaves 100.00 taxable; K1000's tax
        // is held to half of that (50.00), but NI is on the gross 2,000.00 (76.16): 100.00 - 50.00 - 76.16 < 0.
        Api.Reply negative = operator.post(PATH, """
                {"taxYear": "2025-26", "frequency": "MONTHLY", "period": 1, "taxCode": "K1000", "niCategory": "A",
                 "grossPay": "2000.00", "pensionEmployeeRate": "0.95"}""");
        Fixtures.assertProblem(negative, 422);
        assertEquals("The deductions come to 2026.16, more than the gross pay of 2000.00: net pay cannot be negative."
                + " Lower the pension contribution, or pay the shortfall another way.", negative.json().getString("detail"));
        // Everything wrong at once is answered at once, and nothing half-worked comes back.
        Api.Reply all = operator.post(PATH, "{\"frequency\": \"YEARLY\", \"grossPay\": \"12.345\", \"bonus\": \"1\"}");
        Fixtures.assertProblem(all, 400);
        assertEquals(List.of("bonus", "frequency", "grossPay", "niCategory", "period", "taxCode", "taxYear"), fields(all));
    }

    private static void assertRefused(Api api, String body, String field, String message) {
        Api.Reply reply = api.post(PATH, body);
        Fixtures.assertProblem(reply, 400);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply.toString());
        assertEquals(message, error.getString("message"), reply.toString());
        assertTrue(reply.json().getString("detail").contains("invalid"), reply.toString());
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    private static Map<String, String> strings(JsonObject object) {
        return object.keySet().stream().collect(Collectors.toMap(k -> k, object::getString));
    }
}

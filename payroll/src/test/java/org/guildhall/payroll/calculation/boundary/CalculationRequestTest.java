package org.guildhall.payroll.calculation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.payroll.calculation.boundary.CalculationsResource.CalculationRequest;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.junit.jupiter.api.Test;

/** What a well-formed calculation request means; its form (required fields, amounts as strings) is its constraints'. */
class CalculationRequestTest {

    static CalculationRequest request(String frequency, int period, String taxCode, String gross, String pensionable,
                                      List<String> plans) {
        return new CalculationRequest("2025-26", frequency, period, taxCode, "a", gross, pensionable, new BigDecimal("0.0545"),
                null, null, plans);
    }

    @Test
    void aWellFormedRequestBecomesThePayForThePeriod() {
        PayForPeriod pay = request("monthly", 3, " 1257L ", "2500.00", "2500", List.of("plan_2")).toPayForPeriod();
        assertEquals(PayFrequency.MONTHLY, pay.period().frequency());
        assertEquals(3, pay.period().number());
        assertEquals('A', pay.niCategory());
        assertEquals(new BigDecimal("2500.00"), pay.grossPay());
    }

    @Test
    void whatTheFieldsMeanIsCheckedForEveryFieldAtOnce() {
        Problem.BadRequest refused = assertThrows(Problem.BadRequest.class,
                () -> request("MONTHLY", 13, "1257Q", "100.00", "150.00", List.of("PLAN_9")).toPayForPeriod());
        assertEquals(List.of("period", "taxCode", "pensionableGross", "studentLoanPlans"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals("A monthly payroll has periods 1 to 12", refused.errors().get(0).message());
    }
}

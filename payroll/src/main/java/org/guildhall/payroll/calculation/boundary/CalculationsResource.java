package org.guildhall.payroll.calculation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.time.TaxYear;

/**
 * A stateless gross-to-net for one employee and one pay period, for any signed-in caller: it reads and stores
 * nothing, so no tenant is involved. Every malformed field is named in one 400; then what the fields mean (a tax year,
 * a tax code, a period) in another, and what the tax year cannot take (an NI category, a D code, a loan plan) in a third.
 */
@Path("payroll/calculations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class CalculationsResource {

    private final GrossToNet grossToNet = new GrossToNet(RateTables.standard());

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> calculate(@Valid @NotNull CalculationRequest request) {
        NetPay result = grossToNet.calculate(request.toPayForPeriod());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("taxablePay", result.taxablePay().toPlainString());
        answer.put("tax", result.tax().toPlainString());
        answer.put("employeeNi", result.employeeNi().toPlainString());
        answer.put("employerNi", result.employerNi().toPlainString());
        answer.put("studentLoan", result.studentLoan().toPlainString());
        answer.put("postgraduateLoan", result.postgraduateLoan().toPlainString());
        answer.put("pensionEmployee", result.pensionEmployee().toPlainString());
        answer.put("netPay", result.netPay().toPlainString());
        answer.put("taxablePayToDate", result.taxablePayToDate().toPlainString());
        answer.put("taxPaidToDate", result.taxPaidToDate().toPlainString());
        return answer;
    }

    /**
     * The calculation request of API.md. Its form is checked as it is read; what the fields mean (a tax year, a tax code, a
     * period of the frequency) when it becomes a {@link PayForPeriod}.
     */
    public record CalculationRequest(
            @NotNull(message = REQUIRED) @Size(max = 9) String taxYear,
            @NotNull(message = REQUIRED) @Pattern(regexp = "(?i)WEEKLY|FORTNIGHTLY|FOUR_WEEKLY|MONTHLY",
                    message = "Choose one of WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY") String frequency,
            @NotNull(message = REQUIRED) Integer period,
            @NotNull(message = REQUIRED) @Size(max = 16) String taxCode,
            @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Za-z]", message = "An NI category is one letter, such as A")
            String niCategory,
            @NotNull(message = REQUIRED) @Amount(max = LARGEST) String grossPay,
            @Amount(max = LARGEST) String pensionableGross,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", inclusive = false, message = RATE)
            @Digits(integer = 1, fraction = 6, message = RATE) BigDecimal pensionEmployeeRate,
            @Amount(max = LARGEST) String taxablePayToDate,
            @Amount(max = LARGEST) String taxPaidToDate,
            List<@Size(max = 16) String> studentLoanPlans) {

        static final String REQUIRED = "is required";
        static final String RATE = "Give the rate as a fraction from 0 to less than 1, such as \"0.0545\" for 5.45%";
        /** {@link PayForPeriod#LARGEST}. */
        static final String LARGEST = "999999999.99";

        PayForPeriod toPayForPeriod() {
            List<FieldError> errors = new ArrayList<>();
            TaxYear year = parse("taxYear", taxYear, errors, TaxYear::parse);
            PayFrequency payFrequency = PayFrequency.valueOf(frequency.strip().toUpperCase(Locale.ROOT));
            PayPeriod payPeriod = null;
            try {
                payPeriod = new PayPeriod(payFrequency, period);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("period",
                        "A " + payFrequency.described() + " payroll has periods 1 to " + payFrequency.lastPeriod()));
            }
            TaxCode code = parse("taxCode", taxCode, errors, TaxCode::parse);
            BigDecimal gross = amount(grossPay);
            BigDecimal pensionable = amount(pensionableGross);
            if (pensionable != null && pensionable.compareTo(gross) > 0) {
                errors.add(new FieldError("pensionableGross", "Pensionable pay is part of the gross pay, so it cannot be more than "
                        + gross.toPlainString()));
            }
            Set<StudentLoanPlan> plans = plans(errors);
            if (!errors.isEmpty()) {
                throw Problem.BadRequest.invalid(errors);
            }
            return new PayForPeriod(year, payPeriod, code, Character.toUpperCase(niCategory.strip().charAt(0)), gross, pensionable,
                    pensionEmployeeRate, amount(taxablePayToDate), amount(taxPaidToDate), plans);
        }

        private static <T> T parse(String field, String text, List<FieldError> errors, Function<String, T> parser) {
            try {
                return parser.apply(text.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, e.getMessage()));
                return null;
            }
        }

        private static BigDecimal amount(String text) {
            return text == null ? null : Money.parse(text).amount();
        }

        private Set<StudentLoanPlan> plans(List<FieldError> errors) {
            Set<StudentLoanPlan> plans = EnumSet.noneOf(StudentLoanPlan.class);
            if (studentLoanPlans == null) {
                return plans;
            }
            String choices = Arrays.stream(StudentLoanPlan.values()).map(Enum::name).collect(Collectors.joining(", "));
            for (String plan : studentLoanPlans) {
                try {
                    plans.add(StudentLoanPlan.valueOf(String.valueOf(plan).strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("studentLoanPlans", plan + " is not a plan; choose from " + choices));
                }
            }
            return plans;
        }
    }
}

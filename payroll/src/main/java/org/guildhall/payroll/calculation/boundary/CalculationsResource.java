package org.guildhall.payroll.calculation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.stream.Collectors;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.time.TaxYear;

/**
 * A stateless gross-to-net for one employee and one pay period, for any signed-in caller: it reads and stores
 * nothing, so no tenant is involved. Every malformed field is named in one 400; then what the tax year cannot take
 * (an NI category, a D code, a loan plan) in another.
 */
@Path("payroll/calculations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class CalculationsResource {

    static final Set<String> FIELDS = Set.of("taxYear", "frequency", "period", "taxCode", "niCategory", "grossPay",
            "pensionableGross", "pensionEmployeeRate", "taxablePayToDate", "taxPaidToDate", "studentLoanPlans");

    private final GrossToNet grossToNet = new GrossToNet(RateTables.standard());

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> calculate(JsonValue body) {
        if (!(body instanceof JsonObject request)) {
            throw new Problem.BadRequest("Send the calculation as a JSON object.");
        }
        NetPay result = grossToNet.calculate(read(request));
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

    static PayForPeriod read(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(new FieldError(key, "There is no such field on a calculation"));
            }
        }
        TaxYear taxYear = parse(body, "taxYear", errors, TaxYear::parse);
        PayFrequency frequency = parse(body, "frequency", errors, text -> {
            try {
                return PayFrequency.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Choose one of " + Arrays.stream(PayFrequency.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        });
        PayPeriod period = period(body, frequency, errors);
        TaxCode taxCode = parse(body, "taxCode", errors, TaxCode::parse);
        Character category = parse(body, "niCategory", errors, text -> {
            if (!text.matches("[A-Za-z]")) {
                throw new IllegalArgumentException("An NI category is one letter, such as A");
            }
            return Character.toUpperCase(text.charAt(0));
        });
        BigDecimal gross = amount(body, "grossPay", true, errors);
        BigDecimal pensionable = amount(body, "pensionableGross", false, errors);
        BigDecimal rate = rate(body, errors);
        BigDecimal taxableToDate = amount(body, "taxablePayToDate", false, errors);
        BigDecimal taxPaidToDate = amount(body, "taxPaidToDate", false, errors);
        Set<StudentLoanPlan> plans = plans(body, errors);
        if (gross != null && pensionable != null && pensionable.compareTo(gross) > 0) {
            errors.add(new FieldError("pensionableGross", "Pensionable pay is part of the gross pay, so it cannot be more than "
                    + gross.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new Problem.BadRequest("The calculation has invalid fields.", errors);
        }
        return new PayForPeriod(taxYear, period, taxCode, category, gross, pensionable, rate, taxableToDate, taxPaidToDate, plans);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(JsonObject body, String field, List<FieldError> errors, Parser<T> parser) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!(value instanceof JsonString text)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        try {
            return parser.parse(text.getString().strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static PayPeriod period(JsonObject body, PayFrequency frequency, List<FieldError> errors) {
        JsonValue value = body.get("period");
        if (value == null || value == JsonValue.NULL) {
            errors.add(new FieldError("period", "is required"));
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            errors.add(new FieldError("period", "must be a whole number, such as 1"));
            return null;
        }
        if (frequency == null) {
            return null;
        }
        try {
            return new PayPeriod(frequency, number.bigDecimalValue().intValueExact());
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.add(new FieldError("period", "A " + frequency.described() + " payroll has periods 1 to " + frequency.lastPeriod()));
            return null;
        }
    }

    private static BigDecimal amount(JsonObject body, String field, boolean required, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            errors.add(new FieldError(field, "Send an amount as a string in pounds and pence, such as \"2500.00\""));
            return null;
        }
        try {
            Money money = Money.parse(text.getString());
            if (money.amount().signum() < 0) {
                errors.add(new FieldError(field, "must not be negative"));
                return null;
            }
            if (money.amount().compareTo(PayForPeriod.LARGEST) > 0) {
                errors.add(new FieldError(field, "must be at most " + PayForPeriod.LARGEST.toPlainString()));
                return null;
            }
            return money.amount();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Enter an amount in pounds and pence, such as 2500.00"));
            return null;
        }
    }

    private static BigDecimal rate(JsonObject body, List<FieldError> errors) {
        JsonValue value = body.get("pensionEmployeeRate");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        BigDecimal rate = null;
        if (value instanceof JsonString text && text.getString().strip().matches("[0-9]{1,3}(\\.[0-9]{1,6})?")) {
            rate = new BigDecimal(text.getString().strip());
        } else if (value instanceof JsonNumber number) {
            rate = number.bigDecimalValue();
        }
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.scale() > 6) {
            errors.add(new FieldError("pensionEmployeeRate", "Give the rate as a fraction from 0 to less than 1, such as \"0.0545\" for 5.45%"));
            return null;
        }
        return rate;
    }

    private static Set<StudentLoanPlan> plans(JsonObject body, List<FieldError> errors) {
        JsonValue value = body.get("studentLoanPlans");
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        String choices = Arrays.stream(StudentLoanPlan.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError("studentLoanPlans", "Send a list of plans, such as [\"PLAN_2\", \"POSTGRADUATE\"]"));
            return Set.of();
        }
        Set<StudentLoanPlan> plans = EnumSet.noneOf(StudentLoanPlan.class);
        for (JsonValue item : array) {
            try {
                if (!(item instanceof JsonString name)) {
                    throw new IllegalArgumentException();
                }
                plans.add(StudentLoanPlan.valueOf(name.getString().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("studentLoanPlans", item + " is not a plan; choose from " + choices));
            }
        }
        return plans;
    }
}

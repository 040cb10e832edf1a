package org.guildhall.payroll.run.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/** What payroll needs of one employee beyond their HR record: tax code, NI letter, loans, schedule, pension, starter details. */
@Entity
@Table(name = "payroll_profile")
public class PayrollProfile extends TenantScoped {

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Column(name = "tax_code", nullable = false, length = 16)
    private String taxCode;

    @Column(name = "ni_category", nullable = false, length = 1)
    private String niCategory;

    @Column(name = "student_loan_plans", nullable = false, length = 64)
    private String studentLoanPlans;

    @Column(nullable = false, length = 16)
    private String schedule;

    @Column(name = "pension_scheme", length = 16)
    private String pensionScheme;

    @Column(name = "pension_employee_rate", precision = 6, scale = 4)
    private BigDecimal pensionEmployeeRate;

    @Column(name = "pension_employer_rate", precision = 6, scale = 4)
    private BigDecimal pensionEmployerRate;

    @Column(name = "starter_declaration", length = 1)
    private String starterDeclaration;

    @Column(name = "previous_taxable_pay", precision = 19, scale = 2)
    private BigDecimal previousTaxablePay;

    @Column(name = "previous_tax_paid", precision = 19, scale = 2)
    private BigDecimal previousTaxPaid;

    @Column(length = 1)
    private String gender;

    @Column(name = "address_lines", length = 180)
    private String addressLines;

    @Column(length = 8)
    private String postcode;

    @Version
    private long version;

    protected PayrollProfile() {
    }

    public PayrollProfile(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    /** The profile's content, checked by the caller; answers whether anything changed. */
    public record Content(String taxCode, char niCategory, Set<StudentLoanPlan> studentLoanPlans, String schedule,
                          String pensionScheme, BigDecimal employeeRate, BigDecimal employerRate, Character starterDeclaration,
                          Money previousTaxablePay, Money previousTaxPaid, Character gender, List<String> addressLines, String postcode) {

        public Content {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    public boolean set(Content content) {
        JsonObject before = state();
        taxCode = content.taxCode();
        niCategory = String.valueOf(content.niCategory());
        studentLoanPlans = content.studentLoanPlans().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        schedule = content.schedule();
        pensionScheme = content.pensionScheme();
        pensionEmployeeRate = content.employeeRate();
        pensionEmployerRate = content.employerRate();
        starterDeclaration = content.starterDeclaration() == null ? null : content.starterDeclaration().toString();
        previousTaxablePay = content.previousTaxablePay() == null ? null : content.previousTaxablePay().amount();
        previousTaxPaid = content.previousTaxPaid() == null ? null : content.previousTaxPaid().amount();
        gender = content.gender() == null ? null : content.gender().toString();
        addressLines = content.addressLines().isEmpty() ? null : String.join("\n", content.addressLines());
        postcode = content.postcode();
        return !before.equals(state());
    }

    public Content content() {
        return new Content(taxCode, niCategory.charAt(0), loans(studentLoanPlans), schedule, pensionScheme, pensionEmployeeRate,
                pensionEmployerRate, starterDeclaration == null ? null : starterDeclaration.charAt(0),
                previousTaxablePay == null ? null : Money.of(previousTaxablePay), previousTaxPaid == null ? null : Money.of(previousTaxPaid),
                gender == null ? null : gender.charAt(0), addressLines == null ? List.of() : List.of(addressLines.split("\n")), postcode);
    }

    /** The loans as stored: plan names separated by commas. */
    public static Set<StudentLoanPlan> loans(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(StudentLoanPlan::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(StudentLoanPlan.class)));
    }

    /** For the audit trail. */
    public JsonObject state() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("employeeNumber", employeeNumber);
        put(json, "taxCode", taxCode);
        put(json, "niCategory", niCategory);
        put(json, "studentLoanPlans", studentLoanPlans);
        put(json, "schedule", schedule);
        put(json, "pensionScheme", pensionScheme);
        put(json, "pensionEmployeeRate", pensionEmployeeRate == null ? null : pensionEmployeeRate.toPlainString());
        put(json, "pensionEmployerRate", pensionEmployerRate == null ? null : pensionEmployerRate.toPlainString());
        put(json, "starterDeclaration", starterDeclaration);
        put(json, "previousTaxablePay", previousTaxablePay == null ? null : previousTaxablePay.toPlainString());
        put(json, "previousTaxPaid", previousTaxPaid == null ? null : previousTaxPaid.toPlainString());
        put(json, "gender", gender);
        put(json, "addressLines", addressLines);
        put(json, "postcode", postcode);
        return json.build();
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    public String employeeNumber() { return employeeNumber; }
    public long version() { return version; }
}

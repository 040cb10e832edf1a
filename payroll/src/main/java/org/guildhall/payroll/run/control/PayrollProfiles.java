package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.PayrollProfile;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.TaxYear;

/** Reading and replacing employees' payroll profiles, audited with before and after. */
@ApplicationScoped
public class PayrollProfiles {

    static final Set<String> SCHEMES = Set.of("ALPHA", "AUTO_ENROLMENT", "NET_PAY");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Myself me;

    @Inject
    PaySchedules schedules;

    @Inject
    PayPolicies policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The profile of an employee, to payroll admins and to the employee themselves; absent when there is none yet. */
    public Optional<PayrollProfile> find(String employeeNumber) {
        me.requireSelfOr(TenantRole.PAYROLL_ADMIN, employeeNumber);
        people.find(employeeNumber);
        return Optional.ofNullable(em.find(PayrollProfile.class, employeeNumber));
    }

    /** What a request asks for, unchecked. */
    public record Request(String taxCode, String niCategory, List<String> studentLoanPlans, String schedule, String pensionScheme,
                          BigDecimal employeeRate, BigDecimal employerRate, String starterDeclaration,
                          org.guildhall.platform.money.Money previousTaxablePay, org.guildhall.platform.money.Money previousTaxPaid,
                          String gender, List<String> addressLines, String postcode, Long version) {
    }

    /** Creates or replaces the profile: every malformed field in one 400; a stale version 409; a rule broken 422. */
    public PayrollProfile put(String employeeNumber, Request request) {
        people.find(employeeNumber);
        PayrollProfile.Content content = check(request);
        schedules.find(content.schedule());
        PayrollProfile profile = em.find(PayrollProfile.class, employeeNumber);
        if (profile == null) {
            if (request.version() != null && request.version() != 0) {
                throw new StateConflict("There is no profile at version " + request.version() + ": it was never made.");
            }
            profile = new PayrollProfile(employeeNumber);
            profile.set(content);
            em.persist(profile);
            em.flush();
            audit.record("PayrollProfile", employeeNumber, "CREATE", null, profile.state());
            return profile;
        }
        if (request.version() == null || request.version() != profile.version()) {
            throw new StateConflict("The payroll profile of " + employeeNumber + " was changed by someone else (version "
                    + profile.version() + "). Fetch it again and reapply your change.");
        }
        JsonObject before = profile.state();
        if (profile.set(content)) {
            em.flush();
            audit.record("PayrollProfile", employeeNumber, "UPDATE", before, profile.state());
        }
        return profile;
    }

    private PayrollProfile.Content check(Request request) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        String code = null;
        try {
            code = TaxCode.parse(request.taxCode()).text();
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.Field("taxCode", e.getMessage()));
        }
        TaxYear year = TaxYear.of(BusinessCalendar.today(clock));
        Set<Character> letters = RateTables.standard().year(year).or(() -> RateTables.standard().year(new TaxYear(year.firstYear() - 1)))
                .orElseThrow().nationalInsurance().categories().keySet();
        String letter = request.niCategory() == null ? "" : request.niCategory().strip().toUpperCase(java.util.Locale.ROOT);
        if (letter.length() != 1 || !letters.contains(letter.charAt(0))) {
            errors.add(new InvalidInput.Field("niCategory", "Enter an NI category letter, such as A"));
        }
        Set<StudentLoanPlan> loans = java.util.EnumSet.noneOf(StudentLoanPlan.class);
        List<String> plans = request.studentLoanPlans() == null ? List.of() : request.studentLoanPlans();
        for (int i = 0; i < plans.size(); i++) {
            try {
                loans.add(StudentLoanPlan.valueOf(plans.get(i) == null ? "" : plans.get(i).strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInput.Field("studentLoanPlans[" + i + "]", "Choose from " + List.of(StudentLoanPlan.values())));
            }
        }
        if (loans.stream().filter(StudentLoanPlan::undergraduate).count() > 1) {
            errors.add(new InvalidInput.Field("studentLoanPlans", "HMRC sends one undergraduate plan at a time, with or without a postgraduate loan"));
        }
        String schedule = request.schedule() == null || request.schedule().isBlank() ? "MONTHLY" : request.schedule().strip();
        String scheme = request.pensionScheme() == null || request.pensionScheme().isBlank() ? null : request.pensionScheme().strip();
        if (scheme != null && !SCHEMES.contains(scheme)) {
            errors.add(new InvalidInput.Field("pension.scheme", "Choose ALPHA, AUTO_ENROLMENT or NET_PAY"));
        }
        rate(errors, "pension.employeeRate", request.employeeRate());
        rate(errors, "pension.employerRate", request.employerRate());
        if (scheme != null && request.employerRate() == null) {
            errors.add(new InvalidInput.Field("pension.employerRate", "Enter the employer's rate, such as 0.2897"));
        }
        if (scheme != null && !"ALPHA".equals(scheme) && request.employeeRate() == null) {
            errors.add(new InvalidInput.Field("pension.employeeRate", "Enter the employee's rate, such as 0.05"));
        }
        if ("ALPHA".equals(scheme) && request.employeeRate() != null) {
            errors.add(new InvalidInput.Field("pension.employeeRate", "Alpha's member rate comes from its tiers in the pay policy: leave it out"));
        }
        String declaration = request.starterDeclaration() == null || request.starterDeclaration().isBlank() ? null : request.starterDeclaration().strip();
        if (declaration != null && !declaration.matches("[ABC]")) {
            errors.add(new InvalidInput.Field("starterDeclaration", "The starter declaration is A, B or C"));
        }
        String gender = request.gender() == null || request.gender().isBlank() ? null : request.gender().strip().toUpperCase(java.util.Locale.ROOT);
        if (gender != null && !gender.matches("[FM]")) {
            errors.add(new InvalidInput.Field("gender", "HMRC records gender as F or M"));
        }
        List<String> lines = request.addressLines() == null ? List.of()
                : request.addressLines().stream().map(l -> l == null ? "" : l.strip()).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 4 || lines.stream().anyMatch(l -> l.length() > 35 || !l.matches("[A-Za-z0-9 ,.()/&'-]+"))) {
            errors.add(new InvalidInput.Field("address.lines", "Up to 4 lines of up to 35 letters, digits, spaces and , . ( ) / & ' -"));
        }
        String postcode = request.postcode() == null || request.postcode().isBlank() ? null
                : request.postcode().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (postcode != null && !postcode.matches("[A-Z]{1,2}[0-9R][0-9A-Z]? [0-9][A-Z]{2}")) {
            errors.add(new InvalidInput.Field("address.postcode", "Enter a UK postcode, such as SW1A 2AA"));
        }
        if ((request.previousTaxablePay() == null) != (request.previousTaxPaid() == null)) {
            errors.add(new InvalidInput.Field("previousEmployment", "Give both the taxable pay and the tax paid from the P45"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        if ("AUTO_ENROLMENT".equals(scheme)) {
            PayPolicy policy = policies.current();
            if (request.employerRate().compareTo(policy.autoEnrolmentMinimumEmployer()) < 0
                    || request.employerRate().add(request.employeeRate()).compareTo(policy.autoEnrolmentMinimumTotal()) < 0) {
                throw new RuleRefused("Auto-enrolment needs at least " + percent(policy.autoEnrolmentMinimumTotal()) + " in total of qualifying earnings, "
                        + "at least " + percent(policy.autoEnrolmentMinimumEmployer()) + " from the employer.");
            }
        }
        return new PayrollProfile.Content(code, letter.charAt(0), loans, schedule, scheme, request.employeeRate(), request.employerRate(),
                declaration == null ? null : declaration.charAt(0), request.previousTaxablePay(), request.previousTaxPaid(),
                gender == null ? null : gender.charAt(0), lines, postcode);
    }

    private static void rate(List<InvalidInput.Field> errors, String field, BigDecimal rate) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.stripTrailingZeros().scale() > 4)) {
            errors.add(new InvalidInput.Field(field, "A rate is a fraction from 0 to less than 1 with at most four decimals, such as 0.0545"));
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}

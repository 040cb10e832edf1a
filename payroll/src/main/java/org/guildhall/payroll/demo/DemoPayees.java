package org.guildhall.payroll.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.payroll.run.control.PayrollProfiles;
import org.guildhall.payroll.run.entity.PayrollSchedule;

/**
 * What the demo gives one person for payroll, drawn from a generator of their own so that nobody's depends on
 * anyone else's: a payroll profile (mostly the standard code on letter A, some student loans, the Civil Service's alpha
 * pension for most and auto-enrolment for some) and bank details.
 */
final class DemoPayees {

    /** Civil Service alpha's employer rate, as the payroll benchmark uses; alpha's member rate comes from the pay policy. */
    static final BigDecimal ALPHA_EMPLOYER = new BigDecimal("0.2897");
    /** Auto-enrolment at the legal minimum, 8% of qualifying earnings, 3% of it from the employer. */
    static final BigDecimal AUTO_ENROLMENT_EMPLOYEE = new BigDecimal("0.05");
    static final BigDecimal AUTO_ENROLMENT_EMPLOYER = new BigDecimal("0.03");
    /** Codes other than the standard 1257L, for one person in eight: benefits in kind, a second job, a K code. */
    private static final List<String> OTHER_CODES = List.of("1100L", "1185L", "BR", "K475");
    private static final List<String> SORT_CODES = List.of("309430", "200000", "400530", "601613", "070116");
    private static final int BACS_NAME = 18;

    private DemoPayees() {
    }

    /**
     * A profile on the standard monthly schedule. A {@code starter} (who joined in the tax year) has ticked box A of the
     * starter checklist, first job since April, and so the standard code.
     */
    static PayrollProfiles.Request profile(RandomGenerator random, boolean starter) {
        String code = random.nextInt(8) == 0 ? OTHER_CODES.get(random.nextInt(OTHER_CODES.size())) : "1257L";
        List<String> loans = switch (random.nextInt(12)) {
            case 0, 1, 2 -> List.of("PLAN_2");
            case 3 -> List.of("PLAN_1");
            case 4 -> List.of("PLAN_2", "POSTGRADUATE");
            default -> List.of();
        };
        int pension = random.nextInt(10);
        String scheme = pension < 7 ? "ALPHA" : pension < 9 ? "AUTO_ENROLMENT" : null;
        BigDecimal employeeRate = "AUTO_ENROLMENT".equals(scheme) ? AUTO_ENROLMENT_EMPLOYEE : null;
        BigDecimal employerRate = "ALPHA".equals(scheme) ? ALPHA_EMPLOYER : "AUTO_ENROLMENT".equals(scheme) ? AUTO_ENROLMENT_EMPLOYER : null;
        String gender = random.nextBoolean() ? "F" : "M";
        return new PayrollProfiles.Request(starter ? "1257L" : code, "A", loans, PayrollSchedule.MONTHLY, scheme, employeeRate,
                employerRate, starter ? "A" : null, null, null, gender, List.of(), null, null);
    }

    static String sortCode(RandomGenerator random) {
        return SORT_CODES.get(random.nextInt(SORT_CODES.size()));
    }

    static String accountNumber(RandomGenerator random) {
        return String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    /** The name on the account as BACS carries it: initial and family name in capitals, at most 18 characters. */
    static String accountName(EmployeeDetails person) {
        String name = (person.givenName().strip().substring(0, 1) + " " + person.familyName().strip()).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9 .&/-]", "");
        return name.length() > BACS_NAME ? name.substring(0, BACS_NAME).strip() : name;
    }
}

package org.guildhall.payroll.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.run.control.PayrollProfiles;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.platform.time.Nation;
import org.junit.jupiter.api.Test;

/** What the demo gives its people is what the profile and bank details services take. */
class DemoPayeesTest {

    @Test
    void profiles_have_codes_the_engine_reads_and_pension_rates_the_schemes_take() {
        for (int seed = 0; seed < 500; seed++) {
            PayrollProfiles.Request profile = DemoPayees.profile(new Random(seed), false);
            TaxCode.parse(profile.taxCode());
            assertEquals("A", profile.niCategory());
            assertTrue(profile.studentLoanPlans().stream().filter(p -> p.startsWith("PLAN_")).count() <= 1, profile.toString());
            if ("ALPHA".equals(profile.pensionScheme())) {
                assertNull(profile.employeeRate(), "alpha's member rate is the pay policy's");
                assertEquals(DemoPayees.ALPHA_EMPLOYER, profile.employerRate());
            } else if ("AUTO_ENROLMENT".equals(profile.pensionScheme())) {
                assertTrue(profile.employerRate().compareTo(new BigDecimal("0.03")) >= 0);
                assertTrue(profile.employeeRate().add(profile.employerRate()).compareTo(new BigDecimal("0.08")) >= 0);
            } else {
                assertNull(profile.pensionScheme());
                assertNull(profile.employerRate());
            }
            assertNull(profile.starterDeclaration());
        }
    }

    @Test
    void a_starter_has_ticked_box_a_and_has_the_standard_code() {
        PayrollProfiles.Request starter = DemoPayees.profile(new Random(3), true);
        assertEquals("A", starter.starterDeclaration());
        assertEquals("1257L", starter.taxCode());
    }

    @Test
    void bank_details_are_what_bacs_takes() {
        EmployeeDetails person = new EmployeeDetails("DD1001", "Siobhán", "O'Donnell-Fitzgerald", "s@example.gov.uk", "JK123401A",
                LocalDate.of(1980, 1, 1), LocalDate.of(2015, 1, 5), null, "HQ", "CC100", null, Nation.ENGLAND, BigDecimal.ONE,
                new BigDecimal("37"), "EO", Money.parse("40000.00"));
        Random random = new Random(7);
        UkBankAccount account = UkBankAccount.of(DemoPayees.sortCode(random), DemoPayees.accountNumber(random), DemoPayees.accountName(person));
        assertEquals("S ODONNELL-FITZGER", account.accountName());
    }

    @Test
    void overtime_is_time_and_a_half_of_the_hourly_rate() {
        EmployeeDetails person = new EmployeeDetails("DD1001", "Ann", "Lee", "a@example.gov.uk", "JK123401A", LocalDate.of(1980, 1, 1),
                LocalDate.of(2015, 1, 5), null, "HQ", "CC100", null, Nation.ENGLAND, new BigDecimal("0.5"), new BigDecimal("18.5"), "EO",
                Money.parse("37000.00"));
        // 37,000 a year full time is 18,500 for half the hours: 18,500 / (52 x 18.5) = 19.23 an hour, 28.85 at time and a half
        assertEquals(new BigDecimal("28.85"), DemoPayroll.overtimeRate(person).orElseThrow());
    }
}

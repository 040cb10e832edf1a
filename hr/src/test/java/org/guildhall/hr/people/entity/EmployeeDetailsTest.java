package org.guildhall.hr.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.time.Nation;
import org.junit.jupiter.api.Test;

class EmployeeDetailsTest {

    static EmployeeDetails valid() {
        return new EmployeeDetails("E100", "Ada", "Lovelace", "ada.lovelace@example.gov.uk", "AB 12 34 56 C", LocalDate.of(1990, 12, 10),
                LocalDate.of(2024, 4, 1), null, "OPS", "CC200", "E001", Nation.WALES, new BigDecimal("0.6"), new BigDecimal("22.2"),
                "HEO", Money.parse("31500.00"));
    }

    static List<String> fields(EmployeeDetails details) {
        return details.problems().stream().map(FieldError::field).toList();
    }

    static EmployeeDetails with(Map<String, Object> changes) {
        EmployeeDetails d = valid();
        return new EmployeeDetails((String) changes.getOrDefault("employeeNumber", d.employeeNumber()), d.givenName(), d.familyName(),
                (String) changes.getOrDefault("email", d.email()), (String) changes.getOrDefault("niNumber", d.niNumber()),
                (LocalDate) changes.getOrDefault("dateOfBirth", d.dateOfBirth()), (LocalDate) changes.getOrDefault("startDate", d.startDate()),
                (LocalDate) changes.getOrDefault("endDate", d.endDate()), d.orgUnit(), d.costCentre(),
                (String) changes.getOrDefault("managerNumber", d.managerNumber()), d.nation(),
                (BigDecimal) changes.getOrDefault("fte", d.fte()), (BigDecimal) changes.getOrDefault("weeklyHours", d.weeklyHours()),
                d.grade(), d.annualSalary());
    }

    @Test
    void aCompleteRecordHasNoProblems() {
        assertEquals(List.of(), valid().problems());
    }

    @Test
    void theEmployeeMustBeSixteenOnTheirStartDate() {
        assertEquals(List.of(), fields(with(Map.of("dateOfBirth", LocalDate.of(2008, 4, 1)))), "16 that day");
        assertEquals(List.of("dateOfBirth"), fields(with(Map.of("dateOfBirth", LocalDate.of(2008, 4, 2)))), "16 the next day");
    }

    @Test
    void aLeavingDateIsNotBeforeTheStart() {
        assertEquals(List.of(), fields(with(Map.of("endDate", LocalDate.of(2024, 4, 1)))));
        assertEquals(List.of("endDate"), fields(with(Map.of("endDate", LocalDate.of(2024, 3, 31)))));
    }

    @Test
    void fteIsMoreThanNothingAndAtMostFullTime() {
        assertEquals(List.of(), fields(with(Map.of("fte", BigDecimal.ONE))));
        for (String fte : new String[] {"0", "-0.5", "1.0001", "1.5", "0.12345"}) {
            assertEquals(List.of("fte"), fields(with(Map.of("fte", new BigDecimal(fte)))), fte);
        }
    }

    @Test
    void weeklyHoursArePositiveAndHuman() {
        assertEquals(List.of("weeklyHours"), fields(with(Map.of("weeklyHours", BigDecimal.ZERO))));
        assertEquals(List.of("weeklyHours"), fields(with(Map.of("weeklyHours", new BigDecimal("61")))));
    }

    @Test
    void emailAndNiNumberFormatsAreChecked() {
        for (String email : new String[] {"ada", "ada@", "@example.gov.uk", "ada@example", "ada lovelace@example.gov.uk", "a@b@c.uk"}) {
            assertEquals(List.of("email"), fields(with(Map.of("email", email))), email);
        }
        assertEquals(List.of("niNumber"), fields(with(Map.of("niNumber", "QQ 12 34 56 C"))));
    }

    @Test
    void nobodyManagesThemselvesAndNumbersAreCodes() {
        assertEquals(List.of("managerNumber"), fields(with(Map.of("managerNumber", "E100"))));
        assertTrue(fields(with(Map.of("employeeNumber", "E 100"))).contains("employeeNumber"));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        EmployeeDetails empty = new EmployeeDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertEquals(List.of("employeeNumber", "givenName", "familyName", "email", "niNumber", "dateOfBirth", "startDate", "orgUnit",
                "costCentre", "nation", "fte", "weeklyHours", "annualSalary"), fields(empty));
    }
}

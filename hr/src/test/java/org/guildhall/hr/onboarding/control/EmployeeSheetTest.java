package org.guildhall.hr.onboarding.control;

import static org.guildhall.hr.onboarding.control.Rows.FORMULA;
import static org.guildhall.hr.onboarding.control.Rows.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.junit.jupiter.api.Test;

class EmployeeSheetTest {

    static final Set<String> ORG_UNITS = Set.of("DIG");
    static final Set<String> COST_CENTRES = Set.of("CC300");

    /** A valid employee {@code number} managed by {@code manager}, with {@code column=value} changes. */
    static Row row(int number, String employee, String manager, String ni, String... changes) {
        String[] cells = {employee, "Ada", "Lovelace", "ada@example.gov.uk", ni, "1990-12-10", "2026-04-01", null, "DIG", "CC300", manager,
                "ENGLAND", "1", "37", "HEO", "34500.00"};
        for (String change : changes) {
            String[] pair = change.split("=", 2);
            cells[EmployeeSheet.COLUMNS.indexOf(pair[0])] = pair[1].isEmpty() ? null : pair[1];
        }
        return Rows.row(number, EmployeeSheet.COLUMNS, cells);
    }

    static EmployeeSheet checked(Map<String, String> managersHere, Map<String, String> niHere, Row... rows) {
        EmployeeSheet sheet = new EmployeeSheet(Arrays.asList(rows));
        sheet.check(ORG_UNITS, COST_CENTRES, new HashMap<>(managersHere), niHere);
        return sheet;
    }

    @Test
    void aManagerFurtherDownTheSheetOrAlreadyHereIsKnown() {
        EmployeeSheet sheet = checked(Map.of("E0001", ""), Map.of(), row(2, "E0101", "E0100", "AB123456C"),
                row(3, "E0100", "E0001", "AB123457C"));
        assertEquals(List.of(), problems(sheet));
        assertEquals(2, sheet.size());
    }

    @Test
    void unknownOrgUnitsCostCentresAndManagersAreProblems() {
        EmployeeSheet sheet = checked(Map.of(), Map.of(), row(2, "E0100", "E0999", "AB123456C", "orgUnit=OPS", "costCentre=CC999"));
        assertEquals(List.of("2 orgUnit: There is no organisation unit OPS in this sheet or the organisation",
                "2 costCentre: There is no cost centre CC999 in this sheet or the organisation",
                "2 managerNumber: There is no employee E0999 in this sheet or the organisation"), problems(sheet));
    }

    @Test
    void aReportingLineThatLoopsWithinTheSheetIsAProblemOnEveryRowOfIt() {
        EmployeeSheet sheet = checked(Map.of(), Map.of(), row(2, "E0100", "E0101", "AB123456C"), row(3, "E0101", "E0100", "AB123457C"));
        assertEquals(List.of("2 managerNumber: Reporting lines through E0101 lead back to E0100",
                "3 managerNumber: Reporting lines through E0100 lead back to E0101"), problems(sheet));
    }

    @Test
    void aReportingLineThatLoopsThroughSomeoneAlreadyHereIsAProblem() {
        Map<String, String> here = new HashMap<>();
        here.put("E0001", "E0100");
        here.put("E0100", null);
        EmployeeSheet sheet = checked(here, Map.of(), row(2, "E0100", "E0001", "AB123456C"));
        assertEquals(List.of("2 managerNumber: Reporting lines through E0001 lead back to E0100"), problems(sheet));
    }

    @Test
    void aNationalInsuranceNumberBelongsToOnePerson() {
        EmployeeSheet sheet = checked(Map.of("E0001", "", "E0002", ""), Map.of("AB123458C", "E0001", "AB123459C", "E0002"),
                row(2, "E0100", null, "AB 12 34 56 C"), row(3, "E0101", null, "AB123456C"),
                row(4, "E0102", null, "AB123458C"),
                row(5, "E0002", null, "AB123460C"), row(6, "E0103", null, "AB123459C"));
        // row 6 takes the number E0002 gives up on row 5, so only rows 3 (twice in the sheet) and 4 (E0001 holds it) clash
        assertEquals(List.of("3 niNumber: Another employee already has this National Insurance number",
                "4 niNumber: Another employee already has this National Insurance number"), problems(sheet));
    }

    @Test
    void aCellThatCannotBeReadIsOneProblemNotTwo() {
        EmployeeSheet sheet = checked(Map.of(), Map.of(), row(2, "E0100", null, "AB123456C", "dateOfBirth=10/12/1990", "nation=MARS",
                "annualSalary=lots", "weeklyHours=" + FORMULA, "fte=most", "givenName="));
        assertEquals(List.of("2 nation: Enter ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND",
                "2 annualSalary: Enter the annual salary in pounds and pence",
                "2 dateOfBirth: Enter a date as a date cell or as YYYY-MM-DD", "2 fte: Enter a number",
                "2 weeklyHours: Enter a value, not a formula", "2 givenName: Enter the given name"), problems(sheet));
    }

    @Test
    void aNumberGivenTwiceIsAProblemOnTheLaterRowAndOnlyTheFirstIsChecked() {
        EmployeeSheet sheet = checked(Map.of(), Map.of(), row(2, "E0100", null, "AB123456C"), row(3, "E0100", null, "AB123456C"),
                row(4, null, null, "AB123457C"));
        assertEquals(List.of("3 employeeNumber: E0100 is already on row 2", "4 employeeNumber: Enter the employeeNumber"), problems(sheet));
        assertEquals(1, sheet.size());
    }
}

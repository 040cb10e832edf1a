package org.guildhall.hr.onboarding.control;

import static org.guildhall.hr.onboarding.control.Rows.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.junit.jupiter.api.Test;

class OrgUnitSheetTest {

    static Row row(int number, String code, String name, String parent, String costCentre) {
        return Rows.row(number, OrgUnitSheet.COLUMNS, code, name, parent, costCentre);
    }

    static OrgUnitSheet checked(Set<String> inTenant, Set<String> costCentres, Row... rows) {
        OrgUnitSheet sheet = new OrgUnitSheet(List.of(rows));
        Set<String> known = new HashSet<>(sheet.keys());
        known.addAll(inTenant);
        sheet.check(known, costCentres);
        return sheet;
    }

    @Test
    void aParentFurtherDownTheSheetOrInTheTenantIsKnown() {
        OrgUnitSheet sheet = checked(Set.of("HQ"), Set.of("CC300"), row(2, "WEB", "Web", "DIG", "CC300"),
                row(3, "DIG", "Digital", "HQ", "CC300"));
        assertEquals(List.of(), problems(sheet));
        assertEquals(List.of("DIG", "WEB"), sheet.parentsFirst().stream().map(r -> r.get("code").text()).toList());
    }

    @Test
    void unknownParentsAndCostCentresAndMissingCellsAreProblems() {
        OrgUnitSheet sheet = checked(Set.of(), Set.of("CC300"), row(2, "WEB", "Web", "NOPE", "CC999"),
                row(3, "-DIG", null, null, null));
        assertEquals(List.of("2 parentCode: There is no organisation unit NOPE in this sheet or the organisation",
                "2 costCentre: There is no cost centre CC999 in this sheet or the organisation",
                "3 code: Enter a code of up to 32 letters, digits or hyphens", "3 name: Enter the name",
                "3 costCentre: Enter the costCentre"), problems(sheet));
    }

    @Test
    void aCodeGivenTwiceIsAProblemOnTheLaterRow() {
        OrgUnitSheet sheet = checked(Set.of(), Set.of("CC300"), row(2, "DIG", "Digital", null, "CC300"),
                row(3, "DIG", "Digital again", null, "CC300"));
        assertEquals(List.of("3 code: DIG is already on row 2"), problems(sheet));
    }
}

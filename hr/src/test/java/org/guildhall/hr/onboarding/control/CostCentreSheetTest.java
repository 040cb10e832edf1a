package org.guildhall.hr.onboarding.control;

import static org.guildhall.hr.onboarding.control.Rows.FORMULA;
import static org.guildhall.hr.onboarding.control.Rows.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.junit.jupiter.api.Test;

class CostCentreSheetTest {

    static Row row(int number, String code, String name, String parent) {
        return Rows.row(number, CostCentreSheet.COLUMNS, code, name, parent, null);
    }

    static CostCentreSheet checked(Set<String> inChart, Row... rows) {
        CostCentreSheet sheet = new CostCentreSheet(List.of(rows));
        Set<String> known = new HashSet<>(sheet.keys());
        known.addAll(inChart);
        sheet.check(known);
        return sheet;
    }

    @Test
    void aParentFurtherDownTheSheetOrInTheChartIsKnown() {
        CostCentreSheet sheet = checked(Set.of("CC000"), row(2, "CC310", "Web", "CC300"), row(3, "CC300", "Digital", "CC000"));
        assertEquals(List.of(), problems(sheet));
        assertEquals(2, sheet.size());
    }

    @Test
    void parentsAreLoadedBeforeTheirChildrenWhereverTheyStand() {
        CostCentreSheet sheet = checked(Set.of(), row(2, "CC311", "Apps", "CC310"), row(3, "CC310", "Web", "CC300"),
                row(4, "CC300", "Digital", null), row(5, "CC400", "Estates", null));
        assertEquals(List.of("CC300", "CC400", "CC310", "CC311"), sheet.parentsFirst().stream().map(r -> r.get("code").text()).toList());
    }

    @Test
    void aCodeGivenTwiceIsAProblemOnTheLaterRowOnly() {
        CostCentreSheet sheet = checked(Set.of(), row(2, "CC300", "Digital", null), row(3, "CC400", "Estates", null),
                row(4, "CC300", null, "NOPE"));
        assertEquals(List.of("4 code: CC300 is already on row 2"), problems(sheet));
        assertEquals(2, sheet.size());
    }

    @Test
    void everyProblemOfARowIsListedInColumnOrder() {
        CostCentreSheet sheet = checked(Set.of(), row(7, "cc 300", null, "CC999"), row(2, null, "No code", null));
        assertEquals(List.of("2 code: Enter the code", "7 code: Enter a code of capital letters, digits or hyphens, up to 16",
                "7 name: Enter the name", "7 parentCode: There is no cost centre CC999 in this sheet or the organisation"),
                problems(sheet));
    }

    @Test
    void aFormulaIsRefusedOnceAndNotAlsoAsMissing() {
        CostCentreSheet sheet = checked(Set.of(), row(2, FORMULA, "Digital", null), row(3, "CC300", "Digital", null));
        assertEquals(List.of("2 code: Enter a value, not a formula"), problems(sheet));
        assertEquals(Set.of("CC300"), sheet.keys());
    }
}

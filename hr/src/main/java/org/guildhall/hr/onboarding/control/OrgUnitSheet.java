package org.guildhall.hr.onboarding.control;

import java.util.List;
import java.util.Set;
import org.guildhall.hr.people.control.People;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/** The OrgUnits sheet: a code, a name, a parent and a cost centre, each in the workbook (above or below) or the tenant. */
final class OrgUnitSheet extends Sheet {

    static final String NAME = "OrgUnits";
    static final List<String> COLUMNS = List.of("code", "name", "parentCode", "costCentre");
    static final String UNKNOWN = "There is no organisation unit %s in this sheet or the organisation";

    OrgUnitSheet(List<Row> rows) {
        super(NAME, "code", rows);
    }

    /** {@code known} and {@code costCentres}: every code in the workbook or already in the tenant. */
    void check(Set<String> known, Set<String> costCentres) {
        for (Row row : rows()) {
            Cells cells = cells(row);
            String code = cells.text("code");
            if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
                cells.error("code", "Enter a code of up to 32 letters, digits or hyphens");
            }
            cells.required("name");
            cells.reference("parentCode", known::contains, UNKNOWN);
            cells.required("costCentre");
            cells.reference("costCentre", costCentres::contains, CostCentreSheet.UNKNOWN);
        }
    }

    /** Stores every row, parents first; answers how many were added or changed. */
    int load(People people) {
        return loadParentsFirst("costCentre", people::putOrgUnit);
    }
}

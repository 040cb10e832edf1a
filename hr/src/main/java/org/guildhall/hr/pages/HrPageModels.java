package org.guildhall.hr.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.hr.onboarding.control.OnboardingWorkbook;
import org.guildhall.hr.people.boundary.EmployeesResource;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.hr.people.entity.OrgUnit;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.InTenant;

/** What the HR pages show and do, each in one transaction in the tenant the page's gate admitted. */
@ApplicationScoped
@Transactional
@InTenant
public class HrPageModels {

    static final List<String> FIELDS = List.of("givenName", "familyName", "email", "niNumber", "dateOfBirth", "startDate", "endDate",
            "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade", "annualSalary");

    @Inject
    People people;

    @Inject
    OnboardingWorkbook workbook;

    public List<Map<String, Object>> search(String query) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Employee employee : people.search(query, 0, 200)) {
            EmployeeDetails d = employee.details();
            rows.add(Map.of("number", d.employeeNumber(), "name", d.givenName() + " " + d.familyName(), "orgUnit", d.orgUnit(),
                    "grade", d.grade() == null ? "" : d.grade(), "leaver", d.endDate() != null));
        }
        return rows;
    }

    /** The record as the edit form shows it: every field as text, and the version it was read at. */
    public Map<String, String> employee(String number) {
        Employee employee = people.find(number);
        EmployeeDetails d = employee.details();
        Map<String, String> values = new HashMap<>();
        values.put("employeeNumber", d.employeeNumber());
        values.put("givenName", d.givenName());
        values.put("familyName", d.familyName());
        values.put("email", d.email());
        values.put("niNumber", d.niNumber());
        values.put("dateOfBirth", d.dateOfBirth().toString());
        values.put("startDate", d.startDate().toString());
        values.put("endDate", d.endDate() == null ? "" : d.endDate().toString());
        values.put("orgUnit", d.orgUnit());
        values.put("costCentre", d.costCentre());
        values.put("managerNumber", d.managerNumber() == null ? "" : d.managerNumber());
        values.put("nation", d.nation().name());
        values.put("fte", d.fte().stripTrailingZeros().toPlainString());
        values.put("weeklyHours", d.weeklyHours().stripTrailingZeros().toPlainString());
        values.put("grade", d.grade() == null ? "" : d.grade());
        values.put("annualSalary", d.annualSalary().toString());
        values.put("version", Long.toString(employee.version()));
        return values;
    }

    /** Applies the edit form's values; problems come back as the API's (400, 409, 422) with each field named. */
    public void change(String number, long version, Map<String, String> form) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : FIELDS) {
            String value = form.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                body.addNull(field);
            } else {
                body.add(field, value);
            }
        }
        Employee employee = people.find(number);
        people.change(number, version, EmployeesResource.details(body.build(), employee.details()));
    }

    /** The units as a tree: each with its children, roots first. */
    public List<Map<String, Object>> orgTree() {
        List<OrgUnit> units = people.orgUnits();
        Map<String, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (unit.parentCode() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, children, 0)).toList();
    }

    private static Map<String, Object> node(OrgUnit unit, Map<String, List<OrgUnit>> children, int depth) {
        List<Map<String, Object>> below = depth > 20 ? List.of()
                : children.getOrDefault(unit.code(), List.of()).stream().map(c -> node(c, children, depth + 1)).toList();
        return Map.of("code", unit.code(), "name", unit.name(), "costCentre", unit.costCentre(), "children", below,
                "hasChildren", !below.isEmpty());
    }

    public OnboardingWorkbook.Report onboard(InputStream file, boolean load) {
        return workbook.run(workbook.read(file), load);
    }
}

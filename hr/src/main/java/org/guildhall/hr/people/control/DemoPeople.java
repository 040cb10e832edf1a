package org.guildhall.hr.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.database.DemoSeeded;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.Nation;

/**
 * The demo tenant's people: the employee records its demo users are linked to, with Max Manager (E0001) as the line
 * manager of the others, so leave and expenses can be tried end to end.
 */
@ApplicationScoped
public class DemoPeople {

    @Inject
    People people;

    void seed(@Observes DemoSeeded demo) {
        people.addOrgUnit("DEMO", "Demo Directorate", null, "CC100");
        people.addEmployee(person("E0001", "Max", "Manager", "JK123401A", null));
        people.addEmployee(person("E0002", "Emma", "Employee", "JK123402A", "E0001"));
        people.addEmployee(person("E0003", "Harriet", "Hr", "JK123403A", "E0001"));
        people.addEmployee(person("E0004", "Fin", "Finance", "JK123404A", "E0001"));
    }

    private static EmployeeDetails person(String number, String given, String family, String ni, String manager) {
        return new EmployeeDetails(number, given, family, given.toLowerCase(java.util.Locale.ROOT) + "@demo.example.gov.uk", ni,
                LocalDate.of(1988, 3, 14), LocalDate.of(2019, 9, 2), null, "DEMO", "CC100", manager, Nation.ENGLAND, BigDecimal.ONE,
                new BigDecimal("37"), "EO", Money.parse("32000.00"));
    }
}

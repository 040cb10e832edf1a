package org.guildhall.hr.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;
import org.guildhall.platform.time.Nation;

/** A person employed by the tenant, identified by an employee number unique in the tenant. */
@Entity
@Table(name = "employee")
public class Employee extends TenantScoped {

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "ni_number", nullable = false, length = 9)
    private String niNumber;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "org_unit", nullable = false, length = 32)
    private String orgUnit;

    @Column(name = "cost_centre", nullable = false, length = 16)
    private String costCentre;

    @Column(name = "manager_number", length = 32)
    private String managerNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Nation nation;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal fte;

    @Column(name = "weekly_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal weeklyHours;

    @Column(length = 32)
    private String grade;

    @Column(name = "annual_salary", nullable = false, precision = 19, scale = 2)
    private BigDecimal annualSalary;

    @Version
    private long version;

    protected Employee() {
    }

    /** A new employee from details whose {@link EmployeeDetails#problems()} are empty. */
    public Employee(EmployeeDetails details) {
        this.employeeNumber = details.employeeNumber();
        update(details);
    }

    /** Replaces every field but the employee number, from checked details. */
    public void update(EmployeeDetails details) {
        if (!employeeNumber.equals(details.employeeNumber())) {
            throw new IllegalArgumentException("the employee number cannot change");
        }
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.email = details.email().strip();
        this.niNumber = NiNumber.parse(details.niNumber()).value();
        this.dateOfBirth = details.dateOfBirth();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.orgUnit = details.orgUnit();
        this.costCentre = details.costCentre();
        this.managerNumber = details.managerNumber();
        this.nation = details.nation();
        this.fte = details.fte().setScale(4); // as the column keeps it, so an unchanged value compares equal
        this.weeklyHours = details.weeklyHours().setScale(2);
        this.grade = details.grade() == null || details.grade().isBlank() ? null : details.grade().strip();
        this.annualSalary = details.annualSalary().amount();
    }

    public EmployeeDetails details() {
        return new EmployeeDetails(employeeNumber, givenName, familyName, email, niNumber, dateOfBirth, startDate, endDate, orgUnit,
                costCentre, managerNumber, nation, fte, weeklyHours, grade, Money.of(annualSalary));
    }

    public String employeeNumber() { return employeeNumber; }
    public String managerNumber() { return managerNumber; }
    public long version() { return version; }
}

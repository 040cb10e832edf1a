package org.guildhall.hr.people.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.guildhall.hr.onboarding.OnboardingSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.hr.people.entity.NiNumber;
import org.guildhall.hr.people.entity.OrgUnit;
import org.guildhall.hr.people.entity.ReportingLine;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.tenancy.TenantSession;

/** Adding and changing organisation units and employees, checked against the rest of the tenant and audited. */
@ApplicationScoped
public class People {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Posting finance;

    @Inject
    AuditTrail audit;

    @Inject
    TenantSession session;

    public OrgUnit addOrgUnit(String code, String name, String parentCode, String costCentre) {
        List<InvalidInput.Field> problems = new ArrayList<>();
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
            problems.add(new InvalidInput.Field("code", "Enter a code of up to 32 letters, digits or hyphens"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new InvalidInput.Field("name", "Enter the name"));
        }
        if (parentCode != null && !parentCode.isBlank() && em.find(OrgUnit.class, parentCode.strip()) == null) {
            problems.add(new InvalidInput.Field("parentCode", "There is no organisation unit " + parentCode));
        }
        if (costCentre == null || finance.existingCostCentres(Set.of(costCentre)).isEmpty()) {
            problems.add(new InvalidInput.Field("costCentre", "There is no cost centre " + costCentre));
        }
        if (!problems.isEmpty()) {
            throw new RuleRefused("The organisation unit cannot be added.", problems);
        }
        if (em.find(OrgUnit.class, code) != null) {
            throw new StateConflict("There is already an organisation unit " + code + ".");
        }
        OrgUnit unit = new OrgUnit(code, name, parentCode, costCentre);
        em.persist(unit);
        em.flush();
        audit.record("OrgUnit", code, "CREATE", null, Json.createObjectBuilder().add("code", code).add("name", unit.name())
                .add("costCentre", costCentre).build());
        return unit;
    }

    /** Adds or revises an organisation unit already checked by the caller; answers whether anything changed. */
    public boolean putOrgUnit(String code, String name, String parentCode, String costCentre) {
        OrgUnit existing = em.find(OrgUnit.class, code);
        if (existing == null) {
            OrgUnit unit = new OrgUnit(code, name, parentCode, costCentre);
            em.persist(unit);
            em.flush(); // before the employees in it: the ORM orders inserts by class, not by call
            audit.record("OrgUnit", code, "CREATE", null, orgUnitState(unit));
            return true;
        }
        JsonObject before = orgUnitState(existing);
        if (!existing.revise(name, parentCode, costCentre)) {
            return false;
        }
        audit.record("OrgUnit", code, "UPDATE", before, orgUnitState(existing));
        return true;
    }

    /**
     * Adds or updates an employee whose record the caller has checked as part of a whole load (so a manager may still
     * be on its way); {@code known} says whether the employee is already here, which saves a lookup per new person.
     * Answers whether anything changed.
     */
    public boolean putEmployee(EmployeeDetails details, boolean known) {
        Employee existing = known ? em.find(Employee.class, details.employeeNumber()) : null;
        if (existing == null) {
            Employee employee = new Employee(details);
            em.persist(employee);
            audit.record("Employee", employee.employeeNumber(), "CREATE", null, state(employee.details()));
            return true;
        }
        JsonObject before = state(existing.details());
        existing.update(details);
        JsonObject after = state(existing.details());
        if (before.equals(after)) {
            return false;
        }
        audit.record("Employee", details.employeeNumber(), "UPDATE", before, after);
        return true;
    }

    /** Every employee's line manager, for checking a load's reporting lines against those already here. */
    public java.util.Map<String, String> managers() {
        java.util.Map<String, String> managers = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select e.employeeNumber, e.managerNumber from Employee e", Object[].class).getResultList()) {
            managers.put((String) row[0], (String) row[1]);
        }
        return managers;
    }

    /** Every employee here by number with their start and leaving dates, for the onboarding workbook's other sheets. */
    public java.util.Map<String, OnboardingSheet.Employee> employments() {
        java.util.Map<String, OnboardingSheet.Employee> employments = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select e.employeeNumber, e.startDate, e.endDate, e.fte from Employee e", Object[].class)
                .getResultList()) {
            employments.put((String) row[0], new OnboardingSheet.Employee((String) row[0],
                    (LocalDate) row[1], (LocalDate) row[2], (BigDecimal) row[3]));
        }
        return employments;
    }

    /** NI number to employee number, for every employee here. */
    public java.util.Map<String, String> niNumbers() {
        java.util.Map<String, String> holders = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select e.niNumber, e.employeeNumber from Employee e", Object[].class).getResultList()) {
            holders.put((String) row[0], (String) row[1]);
        }
        return holders;
    }

    private static JsonObject orgUnitState(OrgUnit unit) {
        return Json.createObjectBuilder().add("code", unit.code()).add("name", unit.name())
                .add("parentCode", unit.parentCode() == null ? "" : unit.parentCode()).add("costCentre", unit.costCentre()).build();
    }

    public List<OrgUnit> orgUnits() {
        return em.createQuery("select u from OrgUnit u order by u.code", OrgUnit.class).getResultList();
    }

    public Employee addEmployee(EmployeeDetails details) {
        check(details, null);
        if (em.find(Employee.class, details.employeeNumber()) != null) {
            throw new StateConflict("There is already an employee " + details.employeeNumber() + ".");
        }
        Employee employee = new Employee(details);
        em.persist(employee);
        em.flush();
        audit.record("Employee", employee.employeeNumber(), "CREATE", null, state(employee.details()));
        return employee;
    }

    /** Applies a change made to version {@code version} of the record: 409 if someone changed it since. */
    public Employee change(String employeeNumber, long version, EmployeeDetails changed) {
        Employee employee = find(employeeNumber);
        if (employee.version() != version) {
            throw new StateConflict("Employee " + employeeNumber + " was changed by someone else (version " + employee.version()
                    + "). Fetch it again and reapply your change.");
        }
        check(changed, employee);
        JsonObject before = state(employee.details());
        employee.update(changed);
        em.flush();
        audit.record("Employee", employeeNumber, "UPDATE", before, state(employee.details()));
        return employee;
    }

    /**
     * Holds the employee for the rest of the transaction, for work that must not run twice at once for one person
     * (booking leave, pricing mileage). A transaction-scoped advisory lock, not a row lock: a row lock would also block
     * the key-share locks that inserting anything referring to the employee takes (a notification, say), and two
     * transactions doing that in opposite orders deadlock.
     */
    public Employee hold(String employeeNumber) {
        Employee employee = find(employeeNumber);
        try (PreparedStatement lock = session.connection().prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, session.current() + "|employee|" + employeeNumber);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not hold the employee", e);
        }
        return employee;
    }

    public Employee find(String employeeNumber) {
        Employee employee = employeeNumber == null ? null : em.find(Employee.class, employeeNumber);
        if (employee == null) {
            throw new Absent("There is no employee " + employeeNumber + ".");
        }
        return employee;
    }

    /** Employees whose number, family or given name starts with {@code query} (all when blank), by family name. */
    public List<Employee> search(String query, int offset, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select e from Employee e where lower(e.employeeNumber) like :q or lower(e.familyName) like :q "
                        + "or lower(e.givenName) like :q order by e.familyName, e.givenName, e.employeeNumber", Employee.class)
                .setParameter("q", q.replace("%", "").replace("_", "") + "%")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select count(e) from Employee e where lower(e.employeeNumber) like :q or lower(e.familyName) like :q "
                        + "or lower(e.givenName) like :q", Long.class)
                .setParameter("q", q.replace("%", "").replace("_", "") + "%").getSingleResult();
    }

    /**
     * The record's own rules, then what it refers to: org unit, cost centre, a manager here, no loop, NI number unused.
     * All problems are answered at once: 400 when the record itself is malformed, else 422.
     */
    private void check(EmployeeDetails details, Employee existing) {
        List<FieldError> malformed = details.problems();
        List<InvalidInput.Field> problems = new ArrayList<>(malformed.stream()
                .map(e -> new InvalidInput.Field(e.field(), e.message())).toList());
        if (details.orgUnit() != null && !details.orgUnit().isBlank() && em.find(OrgUnit.class, details.orgUnit()) == null) {
            problems.add(new InvalidInput.Field("orgUnit", "There is no organisation unit " + details.orgUnit()));
        }
        if (details.costCentre() != null && !details.costCentre().isBlank() && finance.existingCostCentres(Set.of(details.costCentre())).isEmpty()) {
            problems.add(new InvalidInput.Field("costCentre", "There is no cost centre " + details.costCentre()));
        }
        String manager = details.managerNumber();
        if (manager != null && !manager.equals(details.employeeNumber())) {
            if (em.find(Employee.class, manager) == null) {
                problems.add(new InvalidInput.Field("managerNumber", "There is no employee " + manager + " to be the line manager"));
            } else if (existing != null && ReportingLine.wouldLoop(details.employeeNumber(), manager,
                    above -> em.find(Employee.class, above) == null ? null : em.find(Employee.class, above).managerNumber())) {
                problems.add(new InvalidInput.Field("managerNumber", "Employee " + manager + " reports to " + details.employeeNumber()
                        + ", directly or through others, so cannot be their line manager"));
            }
        }
        if (NiNumber.isValid(NiNumber.normalise(details.niNumber()))) {
            String ni = NiNumber.normalise(details.niNumber());
            List<String> holders = em.createQuery("select e.employeeNumber from Employee e where e.niNumber = :ni", String.class)
                    .setParameter("ni", ni).getResultList();
            if (holders.stream().anyMatch(h -> !h.equals(details.employeeNumber()))) {
                problems.add(new InvalidInput.Field("niNumber", "Another employee already has this National Insurance number"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInput("The employee record has invalid fields.", problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleRefused("The employee record cannot be saved.", problems);
        }
    }

    private static JsonObject state(EmployeeDetails d) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("employeeNumber", d.employeeNumber()).add("givenName", d.givenName()).add("familyName", d.familyName())
                .add("email", d.email()).add("niNumber", d.niNumber()).add("dateOfBirth", d.dateOfBirth().toString())
                .add("startDate", d.startDate().toString()).add("orgUnit", d.orgUnit()).add("costCentre", d.costCentre())
                .add("nation", d.nation().name()).add("fte", d.fte().toPlainString()).add("weeklyHours", d.weeklyHours().toPlainString())
                .add("annualSalary", d.annualSalary().toString());
        if (d.endDate() != null) {
            json.add("endDate", d.endDate().toString());
        }
        if (d.managerNumber() != null) {
            json.add("managerNumber", d.managerNumber());
        }
        if (d.grade() != null) {
            json.add("grade", d.grade());
        }
        return json.build();
    }
}

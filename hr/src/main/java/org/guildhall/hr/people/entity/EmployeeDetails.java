package org.guildhall.hr.people.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.time.Nation;

/**
 * An employee's record as entered, before it is checked against the organisation: the rules that need nothing but
 * the record itself live here, each answering with the field it concerns and a message a person can act on.
 */
public record EmployeeDetails(String employeeNumber, String givenName, String familyName, String email, String niNumber,
                              LocalDate dateOfBirth, LocalDate startDate, LocalDate endDate, String orgUnit, String costCentre,
                              String managerNumber, Nation nation, BigDecimal fte, BigDecimal weeklyHours, String grade,
                              Money annualSalary) {

    public static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final int MINIMUM_AGE = 16;
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("60");

    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (employeeNumber == null || !NUMBER.matcher(employeeNumber).matches()) {
            problems.add(new FieldError("employeeNumber", "Enter an employee number of up to 32 letters, digits or hyphens"));
        }
        if (blank(givenName)) {
            problems.add(new FieldError("givenName", "Enter the given name"));
        }
        if (blank(familyName)) {
            problems.add(new FieldError("familyName", "Enter the family name"));
        }
        if (blank(email) || !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new FieldError("email", "Enter an email address in the correct format, like name@example.gov.uk"));
        }
        if (!NiNumber.isValid(NiNumber.normalise(niNumber))) {
            // GOV.UK's own wording; QQ 12 34 56 C is the example HMRC never issues
            problems.add(new FieldError("niNumber", "Enter a National Insurance number in the correct format, like QQ 12 34 56 C"));
        }
        if (dateOfBirth == null) {
            problems.add(new FieldError("dateOfBirth", "Enter the date of birth"));
        }
        if (startDate == null) {
            problems.add(new FieldError("startDate", "Enter the start date"));
        }
        if (dateOfBirth != null && startDate != null && dateOfBirth.plusYears(MINIMUM_AGE).isAfter(startDate)) {
            problems.add(new FieldError("dateOfBirth", "The employee must be at least " + MINIMUM_AGE + " on their start date"));
        }
        if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
            problems.add(new FieldError("endDate", "The leaving date must be the same as or after the start date"));
        }
        if (blank(orgUnit)) {
            problems.add(new FieldError("orgUnit", "Enter the organisation unit"));
        }
        if (blank(costCentre)) {
            problems.add(new FieldError("costCentre", "Enter the cost centre"));
        }
        if (managerNumber != null && managerNumber.equals(employeeNumber)) {
            problems.add(new FieldError("managerNumber", "An employee cannot be their own line manager"));
        }
        if (nation == null) {
            problems.add(new FieldError("nation", "Choose ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND"));
        }
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 4) {
            problems.add(new FieldError("fte", "Enter the full-time equivalent as more than 0 and at most 1, like 0.6"));
        }
        if (weeklyHours == null || weeklyHours.signum() <= 0 || weeklyHours.compareTo(MAX_WEEKLY_HOURS) > 0 || weeklyHours.scale() > 2) {
            problems.add(new FieldError("weeklyHours", "Enter the contracted weekly hours, more than 0 and at most 60"));
        }
        if (annualSalary == null || annualSalary.amount().signum() < 0) {
            problems.add(new FieldError("annualSalary", "Enter the annual salary in pounds and pence"));
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

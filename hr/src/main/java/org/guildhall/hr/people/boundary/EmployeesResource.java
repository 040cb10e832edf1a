package org.guildhall.hr.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.web.PageRequest;

/**
 * Employees: HR adds and changes them; HR, payroll and auditors read them. A change names only the fields it
 * changes, with the {@code version} it was made to; a stale version is 409.
 */
@Path("tenants/{tenant}/employees")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN, TenantRole.AUDITOR})
public class EmployeesResource {

    static final Set<String> FIELDS = Set.of("employeeNumber", "givenName", "familyName", "email", "niNumber", "dateOfBirth",
            "startDate", "endDate", "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade", "annualSalary");

    @Inject
    People people;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.HR_ADMIN)
    public Response add(@NotNull JsonObject body, @Context UriInfo uri) {
        Employee employee = people.addEmployee(details(body, null));
        return Response.created(uri.getAbsolutePathBuilder().path(employee.employeeNumber()).build())
                .entity(EmployeeView.of(employee)).build();
    }

    @GET
    public PageRequest.Page<EmployeeView> search(@QueryParam("q") String query, @QueryParam("page") Integer page,
                                                 @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.page(people.search(query, paging.offset(), paging.size()).stream().map(EmployeeView::of).toList(),
                people.count(query));
    }

    @GET
    @Path("{number}")
    public EmployeeView one(@PathParam("number") String number) {
        return EmployeeView.of(people.find(number));
    }

    @PATCH
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.HR_ADMIN)
    public EmployeeView change(@PathParam("number") String number, @NotNull JsonObject body) {
        if (!(body.get("version") instanceof JsonNumber version)) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("version", "Send the version of the record you changed")));
        }
        if (body.containsKey("employeeNumber") && !number.equals(text(body, "employeeNumber"))) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("employeeNumber", "An employee number cannot be changed")));
        }
        Employee employee = people.find(number);
        return EmployeeView.of(people.change(number, version.longValue(), details(body, employee.details())));
    }

    /** The details a body describes, over {@code base} for a change; unreadable values are 400 naming each field. */
    public static EmployeeDetails details(JsonObject body, EmployeeDetails base) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key) && !"version".equals(key)) {
                errors.add(new FieldError(key, "There is no such field on an employee"));
            }
        }
        EmployeeDetails d = base != null ? base : new EmployeeDetails(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        EmployeeDetails details = new EmployeeDetails(
                pick(body, "employeeNumber", d.employeeNumber()),
                pick(body, "givenName", d.givenName()),
                pick(body, "familyName", d.familyName()),
                pick(body, "email", d.email()),
                pick(body, "niNumber", d.niNumber()),
                body.containsKey("dateOfBirth") ? date(body, "dateOfBirth", errors) : d.dateOfBirth(),
                body.containsKey("startDate") ? date(body, "startDate", errors) : d.startDate(),
                body.containsKey("endDate") ? date(body, "endDate", errors) : d.endDate(),
                pick(body, "orgUnit", d.orgUnit()),
                pick(body, "costCentre", d.costCentre()),
                pick(body, "managerNumber", d.managerNumber()),
                body.containsKey("nation") ? nation(body, errors) : d.nation(),
                body.containsKey("fte") ? decimal(body, "fte", errors) : d.fte(),
                body.containsKey("weeklyHours") ? decimal(body, "weeklyHours", errors) : d.weeklyHours(),
                pick(body, "grade", d.grade()),
                body.containsKey("annualSalary") ? money(body, "annualSalary", errors) : d.annualSalary());
        if (!errors.isEmpty()) {
            throw new Problem.BadRequest("The request has invalid fields.", errors);
        }
        return details;
    }

    private static String pick(JsonObject body, String field, String fallback) {
        return body.containsKey(field) ? text(body, field) : fallback;
    }

    /** A string field, null when JSON null or blank; a number is taken as its text. */
    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString().strip();
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    private static LocalDate date(JsonObject body, String field, List<FieldError> errors) {
        String text = text(body, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a real date as YYYY-MM-DD"));
            return null;
        }
    }

    private static BigDecimal decimal(JsonObject body, String field, List<FieldError> errors) {
        String text = text(body, field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter a number"));
            return null;
        }
    }

    private static Money money(JsonObject body, String field, List<FieldError> errors) {
        String text = text(body, field);
        try {
            return text == null ? null : Money.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Enter an amount in pounds and pence, such as 28500.00"));
            return null;
        }
    }

    private static Nation nation(JsonObject body, List<FieldError> errors) {
        String text = text(body, "nation");
        try {
            return text == null ? null : Nation.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("nation", "Choose ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND"));
            return null;
        }
    }

    public record EmployeeView(String employeeNumber, String givenName, String familyName, String email, String niNumber,
                               String dateOfBirth, String startDate, String endDate, String orgUnit, String costCentre,
                               String managerNumber, String nation, String fte, String weeklyHours, String grade,
                               String annualSalary, long version) {
        static EmployeeView of(Employee employee) {
            EmployeeDetails d = employee.details();
            return new EmployeeView(d.employeeNumber(), d.givenName(), d.familyName(), d.email(), d.niNumber(),
                    d.dateOfBirth().toString(), d.startDate().toString(), d.endDate() == null ? null : d.endDate().toString(),
                    d.orgUnit(), d.costCentre(), d.managerNumber(), d.nation().name(), d.fte().stripTrailingZeros().toPlainString(),
                    d.weeklyHours().stripTrailingZeros().toPlainString(), d.grade(), d.annualSalary().toString(), employee.version());
        }
    }
}

package org.guildhall.hr.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.platform.web.RequestBodyReader;

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

    @Inject
    People people;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.HR_ADMIN)
    public Response add(@Valid @NotNull EmployeeRequest request, @Context UriInfo uri) {
        Employee employee = people.addEmployee(request.toDetails());
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
        if (!(body.get("version") instanceof JsonNumber version) || !version.isIntegral()) {
            throw Problem.BadRequest.invalid("version", "Send the version of the record you changed");
        }
        JsonObjectBuilder change = Json.createObjectBuilder(body);
        change.remove("version");
        EmployeeDetails details = details(change.build(), people.find(number).details());
        if (!number.equals(details.employeeNumber())) {
            throw Problem.BadRequest.invalid("employeeNumber", "An employee number cannot be changed");
        }
        return EmployeeView.of(people.change(number, version.longValue(), details));
    }

    /**
     * A change as a JSON merge patch (RFC 7396) over {@code base}: the fields named replace the record's, null clears one,
     * and the result is read and checked as a whole record, as a new one is.
     */
    public static EmployeeDetails details(JsonObject change, EmployeeDetails base) {
        return RequestBodyReader.patch(EmployeeRequest.of(base), change).toDetails();
    }

    /**
     * An employee as API.md describes it. The form is checked here (dates, nation, money, numbers); whether the values
     * make a valid employee (names, NI number, an end after the start) is the record's own rule, answered all at once.
     */
    public record EmployeeRequest(@Size(max = 32) String employeeNumber, @Size(max = 100) String givenName,
                                  @Size(max = 100) String familyName, @Size(max = 254) String email, @Size(max = 16) String niNumber,
                                  @IsoDate String dateOfBirth, @IsoDate String startDate, @IsoDate String endDate, @Size(max = 32) String orgUnit,
                                  @Size(max = 16) String costCentre, @Size(max = 32) String managerNumber,
                                  @Size(max = 30) @Pattern(regexp = "\\s*(ENGLAND|WALES|SCOTLAND|NORTHERN_IRELAND)?\\s*",
                                          message = "Choose ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND") String nation,
                                  BigDecimal fte, BigDecimal weeklyHours, @Size(max = 32) String grade, @Amount String annualSalary) {

        EmployeeDetails toDetails() {
            return new EmployeeDetails(Inputs.text(employeeNumber), Inputs.text(givenName), Inputs.text(familyName),
                    Inputs.text(email), Inputs.text(niNumber), Inputs.dateOrNull(dateOfBirth), Inputs.dateOrNull(startDate),
                    Inputs.dateOrNull(endDate), Inputs.text(orgUnit), Inputs.text(costCentre), Inputs.text(managerNumber),
                    Inputs.text(nation) == null ? null : Nation.valueOf(nation.strip()), fte, weeklyHours, Inputs.text(grade),
                    Inputs.moneyOrNull(annualSalary));
        }

        static EmployeeRequest of(EmployeeDetails d) {
            return new EmployeeRequest(d.employeeNumber(), d.givenName(), d.familyName(), d.email(), d.niNumber(),
                    string(d.dateOfBirth()), string(d.startDate()), string(d.endDate()), d.orgUnit(), d.costCentre(),
                    d.managerNumber(), string(d.nation()), d.fte(), d.weeklyHours(), d.grade(), string(d.annualSalary()));
        }

        private static String string(Object value) {
            return value == null ? null : value.toString();
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

package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.hr.leave.control.WorkPatterns;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;

/** The hours an employee works each weekday, which leave is counted on: {@code {monday: "7.5", ..., sunday: "0"}}. */
@Path("tenants/{tenant}/employees/{number}/work-pattern")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN, TenantRole.AUDITOR})
public class WorkPatternResource {

    @Inject
    WorkPatterns patterns;

    @GET
    public JsonObject pattern(@PathParam("number") String number) {
        return json(patterns.pattern(number));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.HR_ADMIN)
    public JsonObject replace(@PathParam("number") String number, JsonValue given) {
        JsonObject body = LeaveRequestsResource.object(given, "the pattern");
        Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
        List<FieldError> errors = new ArrayList<>();
        for (String key : body.keySet()) {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(key, "Name the days monday to sunday"));
                continue;
            }
            JsonValue value = body.get(key);
            try {
                hours.put(day, value instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(((JsonString) value).getString()));
            } catch (RuntimeException e) {
                errors.add(new FieldError(key, "Enter the hours as a number, such as 7.5"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.BadRequest("The working pattern has invalid fields.", errors);
        }
        return json(patterns.setPattern(number, hours));
    }

    private static JsonObject json(Map<DayOfWeek, BigDecimal> hours) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        hours.forEach((day, h) -> json.add(day.name().toLowerCase(Locale.ROOT), h.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return json.build();
    }
}

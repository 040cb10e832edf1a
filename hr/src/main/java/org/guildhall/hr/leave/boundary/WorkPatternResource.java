package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.guildhall.hr.leave.control.WorkPatterns;
import org.guildhall.platform.json.Json;
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
    public JsonObject replace(@PathParam("number") String number, @Valid @NotNull PatternRequest pattern) {
        return json(patterns.setPattern(number, pattern.hours()));
    }

    /** The hours of each day named; a day left out is for the use case to judge. */
    public record PatternRequest(BigDecimal monday, BigDecimal tuesday, BigDecimal wednesday, BigDecimal thursday,
                                 BigDecimal friday, BigDecimal saturday, BigDecimal sunday) {

        Map<DayOfWeek, BigDecimal> hours() {
            Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
            BigDecimal[] days = {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
            for (int i = 0; i < days.length; i++) {
                if (days[i] != null) {
                    hours.put(DayOfWeek.of(i + 1), days[i]);
                }
            }
            return hours;
        }
    }

    private static JsonObject json(Map<DayOfWeek, BigDecimal> hours) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        hours.forEach((day, h) -> json.add(day.name().toLowerCase(Locale.ROOT), h.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return json.build();
    }
}

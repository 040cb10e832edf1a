package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.guildhall.hr.leave.control.TeamCalendar;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.web.Inputs;

/**
 * Who in the caller's team is off when, from {@code from} (default today) for up to 92 days (default to the end of
 * {@code from}'s month). Managers see the kind of leave of their reports; colleagues see only that someone is off.
 */
@Path("tenants/{tenant}/leave-calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LeaveCalendarResource {

    @Inject
    TeamCalendar calendar;

    @GET
    public TeamCalendar.View calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = from == null ? null : Inputs.date("from", from);
        LocalDate end = to == null ? null : Inputs.date("to", to);
        return calendar.between(start, end);
    }

}

package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.hr.leave.control.Delegations;
import org.guildhall.hr.leave.entity.LeaveDelegation;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;

/** A manager names someone to decide their team's leave requests for a date range (while they are away, say). */
@Path("tenants/{tenant}/leave-delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LeaveDelegationsResource {

    @Inject
    Delegations delegations;

    /** Body {@code {delegateNumber, from, to}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delegate(jakarta.json.JsonValue value, @Context UriInfo uri) {
        JsonObject body = LeaveRequestsResource.object(value, "the delegation");
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date(body, "from", errors);
        LocalDate to = date(body, "to", errors);
        String delegate = LeaveRequestsResource.text(body, "delegateNumber");
        if (delegate == null) {
            errors.add(new FieldError("delegateNumber", "Enter the employee number of the person who will decide"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.BadRequest("The delegation has invalid fields.", errors);
        }
        LeaveDelegation made = delegations.delegate(delegate, from, to);
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build()).entity(DelegationView.of(made)).build();
    }

    @GET
    public List<DelegationView> mine() {
        return delegations.delegations().stream().map(DelegationView::of).toList();
    }

    @POST
    @Path("{id}/withdraw")
    public DelegationView withdraw(@PathParam("id") long id) {
        return DelegationView.of(delegations.withdraw(id));
    }

    private static LocalDate date(JsonObject body, String field, List<FieldError> errors) {
        String text = LeaveRequestsResource.text(body, field);
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
            errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a real date as YYYY-MM-DD"));
        }
        return null;
    }

    public record DelegationView(long id, String managerNumber, String delegateNumber, String from, String to, boolean withdrawn) {
        static DelegationView of(LeaveDelegation d) {
            return new DelegationView(d.id(), d.managerNumber(), d.delegateNumber(), d.from().toString(), d.to().toString(), d.withdrawn());
        }
    }
}

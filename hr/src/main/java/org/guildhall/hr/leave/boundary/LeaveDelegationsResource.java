package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import org.guildhall.hr.leave.control.Delegations;
import org.guildhall.hr.leave.entity.LeaveDelegation;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;

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
    public Response delegate(@Valid @NotNull DelegationRequest request, @Context UriInfo uri) {
        String delegate = Inputs.text(request.delegateNumber());
        LeaveDelegation made = delegations.delegate(delegate, Inputs.dateOrNull(request.from()), Inputs.dateOrNull(request.to()));
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

    /** {@code {delegateNumber, from, to}}. */
    public record DelegationRequest(
            @NotBlank(message = "Enter the employee number of the person who will decide") @Size(max = 32) String delegateNumber,
            @NotBlank(message = DATE) @IsoDate String from, @NotBlank(message = DATE) @IsoDate String to) {

        static final String DATE = "Enter a date as YYYY-MM-DD";
    }

    public record DelegationView(long id, String managerNumber, String delegateNumber, String from, String to, boolean withdrawn) {
        static DelegationView of(LeaveDelegation d) {
            return new DelegationView(d.id(), d.managerNumber(), d.delegateNumber(), d.from().toString(), d.to().toString(), d.withdrawn());
        }
    }
}

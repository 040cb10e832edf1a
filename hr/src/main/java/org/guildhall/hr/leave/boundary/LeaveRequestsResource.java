package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.guildhall.hr.leave.control.Leave;
import org.guildhall.hr.leave.control.LeaveDecisions;
import org.guildhall.hr.leave.control.LeaveQueries;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.platform.web.ReasonRequest;

/**
 * Leave requests: anyone in the tenant books their own (HR on someone's behalf); line managers and their delegates
 * decide; requesters cancel. Who may do what to which request is the controls' to check:
 * {@link Leave} books, {@link LeaveQueries} reads, {@link LeaveDecisions} decides and cancels.
 */
@Path("tenants/{tenant}/leave-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LeaveRequestsResource {

    @Inject
    Leave leave;

    @Inject
    LeaveQueries queries;

    @Inject
    LeaveDecisions decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Valid @NotNull BookingRequest booking, @Context UriInfo uri) {
        LeaveRequest request = leave.book(booking.toBooking());
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build())
                .entity(LeaveRequestView.of(request)).build();
    }

    /** {@code approver=me}: the requests the caller may decide (pending unless {@code status} says otherwise); else an employee's. */
    @GET
    public PageRequest.Page<LeaveRequestView> list(@QueryParam("status") String status, @QueryParam("approver") String approver,
                                                   @QueryParam("employeeNumber") String employeeNumber,
                                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        LeaveRequest.Status wanted = status(status);
        if (approver != null) {
            if (!"me".equals(approver)) {
                throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("approver", "The only approver you can ask for is me")));
            }
            LeaveDecisions.QueuePage queue = decisions.queuePage(wanted, paging.offset(), paging.size());
            return paging.page(queue.items().stream().map(LeaveRequestView::of).toList(), queue.total());
        }
        return paging.page(queries.requestsOf(employeeNumber, wanted, paging.offset(), paging.size()).stream().map(LeaveRequestView::of).toList(),
                queries.countOf(employeeNumber, wanted));
    }

    @GET
    @Path("{id}")
    public LeaveRequestView one(@PathParam("id") long id) {
        return LeaveRequestView.of(queries.find(id));
    }

    @POST
    @Path("{id}/approve")
    public LeaveRequestView approve(@PathParam("id") long id) {
        return LeaveRequestView.of(decisions.decide(id, true, null));
    }

    /** Body {@code {reason}}: the requester is told it. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeaveRequestView reject(@PathParam("id") long id, @Valid ReasonRequest body) {
        return LeaveRequestView.of(decisions.decide(id, false, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/cancel")
    public LeaveRequestView cancel(@PathParam("id") long id) {
        return LeaveRequestView.of(decisions.cancel(id));
    }

    static LeaveRequest.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return LeaveRequest.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("status", "Choose PENDING, APPROVED, REJECTED or CANCELLED")));
        }
    }

    /** {@code {employeeNumber?, leaveType, start, end, startHalf?, endHalf?, note?}}; what is missing is the use case's to name. */
    public record BookingRequest(@Size(max = 32) String employeeNumber, @Size(max = 16) String leaveType, @IsoDate String start,
                                 @IsoDate String end,
                                 @Size(max = 20) @Pattern(regexp = HALF, message = HALF_MESSAGE) String startHalf,
                                 @Size(max = 20) @Pattern(regexp = HALF, message = HALF_MESSAGE) String endHalf,
                                 @Size(max = 500) String note) {

        static final String HALF = "\\s*(MORNING|AFTERNOON)?\\s*";
        static final String HALF_MESSAGE = "Choose MORNING or AFTERNOON";

        Booking toBooking() {
            return new Booking(Inputs.text(employeeNumber), Inputs.text(leaveType), Inputs.dateOrNull(start), half(startHalf),
                    Inputs.dateOrNull(end), half(endHalf), Inputs.text(note));
        }

        private static WorkingTime.Half half(String text) {
            return Inputs.text(text) == null ? null : WorkingTime.Half.valueOf(text.strip());
        }
    }
}

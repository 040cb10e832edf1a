package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guildhall.hr.leave.control.Leave;
import org.guildhall.hr.leave.control.LeaveDecisions;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.web.PageRequest;

/**
 * Leave requests: anyone in the tenant books their own (HR on someone's behalf); line managers and their delegates
 * decide; requesters cancel. Who may do what to which request is {@link Leave}'s to check.
 */
@Path("tenants/{tenant}/leave-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LeaveRequestsResource {

    static final Set<String> FIELDS = Set.of("employeeNumber", "leaveType", "start", "end", "startHalf", "endHalf", "note");

    @Inject
    Leave leave;

    @Inject
    LeaveDecisions decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(JsonValue body, @Context UriInfo uri) {
        LeaveRequest request = leave.book(booking(object(body, "the leave request")));
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
        return paging.page(leave.requestsOf(employeeNumber, wanted, paging.offset(), paging.size()).stream().map(LeaveRequestView::of).toList(),
                leave.countOf(employeeNumber, wanted));
    }

    @GET
    @Path("{id}")
    public LeaveRequestView one(@PathParam("id") long id) {
        return LeaveRequestView.of(leave.find(id));
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
    public LeaveRequestView reject(@PathParam("id") long id, JsonValue body) {
        JsonObject reason = body == null ? null : object(body, "the reason");
        return LeaveRequestView.of(decisions.decide(id, false, reason == null ? null : text(reason, "reason")));
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

    /**
     * The body as a JSON object: a body of another JSON type (an array, say) is 400, not the framework's 500 for a
     * parameter of the wrong type.
     */
    static JsonObject object(JsonValue body, String what) {
        if (body instanceof JsonObject object) {
            return object;
        }
        throw new Problem.BadRequest("Send " + what + " as a JSON object.");
    }

    static Leave.Booking booking(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(new FieldError(key, "There is no such field on a leave request"));
            }
        }
        Leave.Booking booking = new Leave.Booking(text(body, "employeeNumber"), text(body, "leaveType"), date(body, "start", errors),
                half(body, "startHalf", errors), date(body, "end", errors), half(body, "endHalf", errors), text(body, "note"));
        if (!errors.isEmpty()) {
            throw new Problem.BadRequest("The leave request has invalid fields.", errors);
        }
        return booking;
    }

    static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
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

    private static WorkingTime.Half half(JsonObject body, String field, List<FieldError> errors) {
        String text = text(body, field);
        try {
            return text == null ? null : WorkingTime.Half.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Choose MORNING or AFTERNOON"));
            return null;
        }
    }
}

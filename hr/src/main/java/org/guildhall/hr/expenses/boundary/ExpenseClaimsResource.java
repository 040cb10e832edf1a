package org.guildhall.hr.expenses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guildhall.hr.expenses.control.ExpenseDecisions;
import org.guildhall.hr.expenses.control.ExpenseQueries;
import org.guildhall.hr.expenses.control.Expenses;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.expenses.entity.ReceiptFile;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.web.PageRequest;

/**
 * Expense claims: anyone in the tenant claims their own (HR for someone); the line manager, or above the manager's
 * limit a budget holder, decides; approval posts the journal. Who may do what is {@link Expenses}' to check.
 */
@Path("tenants/{tenant}/expense-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class ExpenseClaimsResource {

    static final Set<String> LINE_FIELDS = Set.of("date", "category", "amount", "vat", "miles", "vehicle", "london", "description", "receipt");

    @Inject
    Expenses expenses;

    @Inject
    ExpenseDecisions decisions;

    @Inject
    ExpenseQueries queries;

    /** Body {@code {employeeNumber?, lines: [{date, category, amount? (with vat?) or miles and vehicle, london?, description}]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body, @Context UriInfo uri) {
        if (!(body instanceof JsonObject claim)) {
            throw new Problem.BadRequest("Send the claim as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Expenses.LineInput> lines = new ArrayList<>();
        JsonValue given = claim.get("lines");
        if (!(given instanceof jakarta.json.JsonArray array)) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("lines", "Send the lines as a list")));
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject line)) {
                errors.add(new FieldError("lines[" + i + "]", "Send each line as an object"));
                continue;
            }
            lines.add(line(line, "lines[" + i + "].", errors));
        }
        for (String key : claim.keySet()) {
            if (!Set.of("employeeNumber", "lines").contains(key)) {
                errors.add(new FieldError(key, "There is no such field on a claim"));
            }
        }
        Expenses.Claim made = expenses.create(text(claim, "employeeNumber"), lines, errors);
        return Response.created(uri.getAbsolutePathBuilder().path(made.claim().id().toString()).build()).entity(ClaimView.of(made)).build();
    }

    @GET
    public PageRequest.Page<ClaimSummary> list(@QueryParam("status") String status, @QueryParam("approver") String approver,
                                               @QueryParam("employeeNumber") String employeeNumber, @QueryParam("page") Integer page,
                                               @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        if (approver != null) {
            if (!"me".equals(approver)) {
                throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("approver", "The only approver you can ask for is me")));
            }
            return paging.page(decisions.queue(paging.offset(), paging.size()).stream().map(ClaimSummary::of).toList(), decisions.queueSize());
        }
        ExpenseClaim.Status wanted = status(status);
        return paging.page(queries.claimsOf(employeeNumber, wanted, paging.offset(), paging.size()).stream().map(ClaimSummary::of).toList(),
                queries.countOf(employeeNumber, wanted));
    }

    @GET
    @Path("{id}")
    public ClaimView one(@PathParam("id") long id) {
        return ClaimView.of(queries.find(id));
    }

    @POST
    @Path("{id}/submit")
    public ClaimView submit(@PathParam("id") long id) {
        return ClaimView.of(expenses.submit(id));
    }

    @POST
    @Path("{id}/approve")
    public ClaimView approve(@PathParam("id") long id) {
        return ClaimView.of(decisions.decide(id, true, null));
    }

    /** Body {@code {reason}}: required, and told to the claimant. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClaimView reject(@PathParam("id") long id, JsonValue body) {
        String reason = body instanceof JsonObject object ? text(object, "reason") : null;
        return ClaimView.of(decisions.decide(id, false, reason));
    }

    /** Multipart: {@code file} (PDF, PNG or JPEG by content, 10 MB at most) and optionally {@code line}, the line it is for. */
    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response receipt(@PathParam("id") long id, @FormParam("file") EntityPart file, @FormParam("line") String line,
                            @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("file", "Send the receipt as the form field file")));
        }
        Integer lineNo = null;
        if (line != null && !line.isBlank()) {
            if (!line.strip().matches("[1-9][0-9]{0,2}")) {
                throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("line", "Give the line number, from 1")));
            }
            lineNo = Integer.valueOf(line.strip());
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(ReceiptFile.MAX_BYTES + 1);
        }
        Receipt receipt = expenses.attach(id, lineNo, file.getFileName().orElse(null), content);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.id().toString()).build()).entity(ReceiptView.of(receipt)).build();
    }

    @GET
    @Path("{id}/receipts/{receipt}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id, @PathParam("receipt") long receiptId) {
        Receipt receipt = queries.receipt(id, receiptId);
        return Response.ok(receipt.content(), receipt.mediaType())
                .header("Content-Disposition", "attachment; filename=\"receipt-" + receipt.id() + extension(receipt.mediaType()) + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

    static ExpenseClaim.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExpenseClaim.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new Problem.BadRequest("The request has invalid fields.",
                    List.of(new FieldError("status", "Choose DRAFT, SUBMITTED, APPROVED or REJECTED")));
        }
    }

    private static Expenses.LineInput line(JsonObject line, String at, List<FieldError> errors) {
        for (String key : line.keySet()) {
            if (!LINE_FIELDS.contains(key)) {
                errors.add(new FieldError(at + key, "There is no such field on a line"));
            }
        }
        LocalDate date = null;
        String dateText = text(line, "date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(at + "date", "Enter a real date as YYYY-MM-DD"));
            }
        }
        Money amount = money(line, "amount", at, errors);
        Money vat = money(line, "vat", at, errors);
        BigDecimal miles = null;
        String milesText = text(line, "miles");
        if (milesText != null) {
            try {
                miles = new BigDecimal(milesText);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(at + "miles", "Enter the miles as a number, such as 42.5"));
            }
        }
        Mileage.Vehicle vehicle = null;
        String vehicleText = text(line, "vehicle");
        if (vehicleText != null) {
            try {
                vehicle = Mileage.Vehicle.valueOf(vehicleText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + "vehicle", "Choose CAR (or van), MOTORCYCLE or BICYCLE"));
            }
        }
        if (line.containsKey("receipt")) {
            errors.add(new FieldError(at + "receipt", "Upload receipts to the claim once it is made: POST .../expense-claims/{id}/receipts"));
        }
        boolean london = line.get("london") == JsonValue.TRUE;
        return new Expenses.LineInput(date, text(line, "category"), amount, vat, miles, vehicle, london, text(line, "description"));
    }

    private static Money money(JsonObject line, String field, String at, List<FieldError> errors) {
        String text = text(line, field);
        if (text == null) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at + field, "Enter an amount in pounds and pence as a string, such as \"12.50\""));
            return null;
        }
    }

    static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().strip();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }

    public record ClaimSummary(long id, String employeeNumber, String status, String total, Instant createdAt, Instant submittedAt,
                               long version) {
        static ClaimSummary of(ExpenseClaim c) {
            return new ClaimSummary(c.id(), c.employeeNumber(), c.status().name(), c.total().toString(), c.createdAt(), c.submittedAt(),
                    c.version());
        }
    }

    public record LineView(int line, String date, String category, String description, String amount, String vat, String miles,
                           String vehicle, boolean london, String breach) {
        static LineView of(ExpenseLine l) {
            return new LineView(l.lineNo(), l.spentOn().toString(), l.category(), l.description(), l.amount().toString(), l.vat().toString(),
                    l.miles() == null ? null : l.miles().toPlainString(), l.vehicle() == null ? null : l.vehicle().name(), l.london(), l.breach());
        }
    }

    public record ReceiptView(long id, Integer line, String mediaType, String fileName, int size, String sha256) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id(), r.lineNo(), r.mediaType(), r.fileName(), r.size(), r.sha256());
        }
    }

    public record ClaimView(long id, String employeeNumber, String status, String total, List<LineView> lines, List<ReceiptView> receipts,
                            List<String> breaches, String approverRole, String createdBy, Instant submittedAt, String decidedBy,
                            Instant decidedAt, String reason, Long journalId, long version) {
        static ClaimView of(Expenses.Claim claim) {
            ExpenseClaim c = claim.claim();
            return new ClaimView(c.id(), c.employeeNumber(), c.status().name(), c.total().toString(),
                    claim.lines().stream().map(LineView::of).toList(), claim.receipts().stream().map(ReceiptView::of).toList(),
                    claim.lines().stream().filter(l -> l.breach() != null).map(l -> "Line " + l.lineNo() + ": " + l.breach()).toList(),
                    claim.approverRole(), c.createdBy(), c.submittedAt(), c.decidedBy(), c.decidedAt(), c.reason(), c.journalId(), c.version());
        }
    }
}

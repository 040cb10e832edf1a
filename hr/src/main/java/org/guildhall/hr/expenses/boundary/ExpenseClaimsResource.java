package org.guildhall.hr.expenses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Set;
import org.guildhall.hr.expenses.control.ExpenseDecisions;
import org.guildhall.hr.expenses.control.ExpenseDrafts;
import org.guildhall.hr.expenses.control.ExpenseQueries;
import org.guildhall.hr.expenses.control.ExpenseReceipts;
import org.guildhall.hr.expenses.control.ExpenseSubmissions;
import org.guildhall.hr.expenses.control.Expenses;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.expenses.entity.ReceiptFile;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.platform.web.ReasonRequest;
import org.guildhall.platform.web.RequestBodyReader;

/**
 * Expense claims: anyone in the tenant claims their own (HR for someone); the line manager, or above the manager's
 * limit a budget holder, decides; approval posts the journal. Who may do what is the controls' to check.
 */
@Path("tenants/{tenant}/expense-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class ExpenseClaimsResource {

    @Inject
    ExpenseDrafts drafts;

    @Inject
    ExpenseSubmissions submissions;

    @Inject
    ExpenseReceipts receipts;

    @Inject
    ExpenseDecisions decisions;

    @Inject
    ExpenseQueries queries;

    /** Body {@code {employeeNumber?, lines: [{date, category, amount? (with vat?) or miles and vehicle, london?, description}]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull ClaimRequest claim, @Context UriInfo uri) {
        // the form's failures go with the use case's own, so that one answer names every bad field of every line
        List<InvalidInput.Field> errors = RequestBodyReader.violations(claim).stream()
                .map(e -> new InvalidInput.Field(e.field(), e.message())).toList();
        List<ClaimLine> lines = claim.lines() == null ? List.of() : claim.lines().stream()
                .map(line -> line == null ? LineRequest.NONE.toInput() : line.toInput()).toList();
        Expenses.Claim made = drafts.create(Inputs.text(claim.employeeNumber()), lines, errors);
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
            return page(paging, decisions.queuePage(paging.offset(), paging.size()));
        }
        return page(paging, queries.pageOf(employeeNumber, status(status), paging.offset(), paging.size()));
    }

    private static PageRequest.Page<ClaimSummary> page(PageRequest paging, ExpenseQueries.ClaimPage claims) {
        return paging.page(claims.items().stream().map(ClaimSummary::of).toList(), claims.total());
    }

    @GET
    @Path("{id}")
    public ClaimView one(@PathParam("id") long id) {
        return ClaimView.of(queries.find(id));
    }

    @POST
    @Path("{id}/submit")
    public ClaimView submit(@PathParam("id") long id) {
        return ClaimView.of(submissions.submit(id));
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
    public ClaimView reject(@PathParam("id") long id, @Valid ReasonRequest body) {
        return ClaimView.of(decisions.decide(id, false, body == null ? null : body.reason()));
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
        Receipt receipt = receipts.attach(id, lineNo, file.getFileName().orElse(null), content);
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

    /** {@code {employeeNumber?, lines: [...]}}. */
    public record ClaimRequest(@Size(max = 32) String employeeNumber, @NotNull(message = "Send the lines as a list") List<@Valid @NotNull LineRequest> lines) {
    }

    /**
     * One line: {@code amount} (with {@code vat}) for money spent, or {@code miles} and {@code vehicle} for mileage. Which
     * of them a category needs, and what is missing, is the use case's to say; a value that cannot be read reaches it as
     * absent, so that each field is named once.
     */
    public record LineRequest(@IsoDate String date, @Size(max = 16) String category, @Amount String amount, @Amount String vat, BigDecimal miles,
                              @Pattern(regexp = "\\s*(CAR|MOTORCYCLE|BICYCLE)?\\s*", message = "Choose CAR (or van), MOTORCYCLE or BICYCLE")
                              @Size(max = 20) String vehicle, Boolean london, @Size(max = 200) String description,
                              @Null(message = "Upload receipts to the claim once it is made: POST .../expense-claims/\\{id\\}/receipts")
                              Object receipt) {

        /** In place of a line that was sent as null, which is named already; the use case counts lines by place. */
        static final LineRequest NONE = new LineRequest(null, null, null, null, null, null, null, null, null);

        ClaimLine toInput() {
            LocalDate on = null;
            try {
                on = Inputs.dateOrNull(date);
            } catch (DateTimeParseException e) {
                // named by @IsoDate
            }
            Mileage.Vehicle kind = Inputs.text(vehicle) != null && vehicle.strip().matches("CAR|MOTORCYCLE|BICYCLE")
                    ? Mileage.Vehicle.valueOf(vehicle.strip()) : null;
            return new ClaimLine(on, Inputs.text(category), money(amount), money(vat), miles, kind,
                    Boolean.TRUE.equals(london), Inputs.text(description));
        }

        private static Money money(String text) {
            try {
                return Inputs.moneyOrNull(text);
            } catch (IllegalArgumentException e) {
                return null; // named by @Amount
            }
        }
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

package org.guildhall.finance.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.control.Ledger;
import org.guildhall.finance.ledger.entity.Journal;
import org.guildhall.finance.ledger.entity.JournalLine;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;

/** Manual journals: post, read, list and reverse. */
@Path("tenants/{tenant}/journals")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.AUDITOR})
public class JournalsResource {

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /** Posts a journal; with an {@code Idempotency-Key}, a repeat answers the first journal (200) and posts nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.FINANCE)
    public Response post(@Valid @NotNull JournalRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw Inputs.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String reference = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey.strip();
        Ledger.Posted posted = ledger.post(Ledger.MANUAL, reference, request.toDraft());
        JournalView view = JournalView.of(posted.journal());
        return posted.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(posted.journal().id().toString()).build()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("{id}")
    public JournalView one(@PathParam("id") long id) {
        return JournalView.of(ledger.find(id));
    }

    @GET
    public PageRequest.Page<JournalView> list(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("period") Integer period,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        int year = fiscalYear == null ? FiscalYear.current(clock) : fiscalYear;
        return paging.page(ledger.inPeriod(year, period, paging.offset(), paging.size()).stream().map(JournalView::of).toList(),
                ledger.countInPeriod(year, period));
    }

    @POST
    @Path("{id}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.FINANCE)
    public Response reverse(@PathParam("tenant") String tenant, @PathParam("id") long id, @Valid @NotNull ReverseRequest request,
                            @Context UriInfo uri) {
        Journal reversal = ledger.reverse(id, Inputs.dateOrNull(request.date()));
        return Response.created(uri.getBaseUriBuilder().path(JournalsResource.class).path(reversal.id().toString()).build(tenant))
                .entity(JournalView.of(reversal)).build();
    }

    public record JournalRequest(@NotBlank @IsoDate String date, @NotBlank @Size(max = 500) String description,
                                 @Size(max = 100) String reference, @NotNull List<@Valid @NotNull LineRequest> lines) {

        JournalDraft toDraft() {
            LocalDate on = Inputs.dateOrNull(date);
            List<JournalDraft.Line> parsed = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineRequest line = lines.get(i);
                parsed.add(new JournalDraft.Line(line.account(), blankToNull(line.costCentre()),
                        Inputs.moneyOrNull(line.debit()), Inputs.moneyOrNull(line.credit()), blankToNull(line.memo())));
            }
            return new JournalDraft(on, description.strip(), blankToNull(reference), parsed);
        }
    }

    /** Debit and credit may be signed here: that every amount is positive is the ledger's rule (422), not the form's. */
    public record LineRequest(@NotBlank @Size(max = 16) String account, @Size(max = 16) String costCentre,
                              @Amount(signed = true) String debit, @Amount(signed = true) String credit, @Size(max = 500) String memo) {
    }

    public record ReverseRequest(@NotBlank @IsoDate String date) {
    }

    public record LineView(int lineNo, String account, String costCentre, String debit, String credit, String memo) {
        static LineView of(JournalLine line) {
            return new LineView(line.lineNo(), line.account(), line.costCentre(),
                    line.debit().isZero() ? null : line.debit().toString(), line.credit().isZero() ? null : line.credit().toString(),
                    line.memo());
        }
    }

    public record JournalView(long id, String date, int fiscalYear, int period, String description, String reference,
                              String source, String sourceReference, String status, Long reversesId, Long reversedById,
                              String total, String postedBy, Instant postedAt, long version, List<LineView> lines) {
        static JournalView of(Journal j) {
            return new JournalView(j.id(), j.date().toString(), j.fiscalYear(), j.period(), j.description(), j.reference(),
                    j.source(), j.sourceReference(), j.status().name(), j.reversesId(), j.reversedById(), j.total().toString(),
                    j.postedBy(), j.postedAt(), j.version(), j.lines().stream().map(LineView::of).toList());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

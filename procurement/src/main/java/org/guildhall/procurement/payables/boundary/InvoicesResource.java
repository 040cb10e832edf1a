package org.guildhall.procurement.payables.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.control.InvoiceBatch;
import org.guildhall.procurement.payables.control.Invoices;
import org.guildhall.procurement.payables.control.UblInvoice;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.payables.entity.SupplierInvoice;

/**
 * Supplier invoices: AP_CLERK enters them, {@code {supplier, invoiceNumber, invoiceDate, receivedDate, purchaseOrder,
 * lines: [{poLine, description?, quantity, unitPrice, vat?}], total}}, and they are matched at once: APPROVED (posted)
 * or an EXCEPTION with its reasons. A credit note is the same with {@code type: "CREDIT_NOTE", credits: invoiceId} and
 * no purchase order (it takes the credited invoice's); it is approved as it arrives, to be netted in the next payment run. AP_CLERK and BUDGET_HOLDER (by limit) resolve exceptions.
 */
@Path("tenants/{tenant}/invoices")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.AP_CLERK)
public class InvoicesResource {

    @Inject
    Invoices invoices;

    @Inject
    InvoiceBatch batch;

    @GET
    public PageRequest.Page<JsonObject> list(@QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var found = invoices.list(paging, status);
        return paging.page(found.items().stream().map(InvoicesResource::summary).toList(), found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull InvoiceRequest request, @Context UriInfo uri) {
        List<Invoices.LineRequest> lines = request.lines() == null ? null : request.lines().stream()
                .map(l -> l == null ? null : new Invoices.LineRequest(l.poLine(), l.description(), l.quantity(), Inputs.moneyOrNull(l.unitPrice()),
                        l.vat(), l.account(), l.costCentre())).toList();
        Invoices.Invoice received = invoices.receive(new Invoices.Request(request.supplier(), request.invoiceNumber(),
                Inputs.dateOrNull(request.invoiceDate()), Inputs.dateOrNull(request.receivedDate()), request.purchaseOrder(), lines,
                Inputs.moneyOrNull(request.total()), request.type(), request.credits()));
        return Response.created(uri.getAbsolutePathBuilder().path(received.invoice().id().toString()).build()).entity(view(received)).build();
    }

    /** A UBL 2.1 invoice (PEPPOL BIS Billing 3.0), received today; problems named by their element's path. */
    @POST
    @Consumes({"application/xml", "text/xml"})
    public Response createFromUbl(java.io.InputStream body, @Context UriInfo uri) throws java.io.IOException {
        byte[] xml = body.readNBytes(UblInvoice.MOST_BYTES + 1);
        if (xml.length > UblInvoice.MOST_BYTES) {
            throw org.guildhall.platform.web.Inputs.invalid("body", "An invoice document is at most 2 MB");
        }
        Invoices.Invoice received = invoices.receiveUbl(xml);
        return Response.created(uri.getAbsolutePathBuilder().path(received.invoice().id().toString()).build()).entity(view(received)).build();
    }

    /**
     * An .xlsx batch, the {@code Invoices} sheet as the request body: all or nothing, every bad cell listed; with
     * {@code dryRun=true} nothing is kept and the answer says how each invoice would fare.
     */
    @POST
    @Path("import")
    @Consumes(org.guildhall.platform.spreadsheet.Workbooks.MEDIA_TYPE)
    public InvoiceBatch.Report load(java.io.InputStream workbook, @QueryParam("dryRun") boolean dryRun) {
        InvoiceBatch.Report report = batch.load(workbook, dryRun);
        if (!dryRun && !report.valid()) {
            throw new org.guildhall.platform.problem.Problem.InvalidUpload(report.errors().size() + " problem(s) in the workbook; nothing was loaded.",
                    report.errors());
        }
        return report;
    }

    @GET
    @Path("{id}")
    @Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.AP_APPROVER, TenantRole.BUDGET_HOLDER})
    public JsonObject one(@PathParam("id") long id) {
        return view(invoices.find(id));
    }

    @POST
    @Path("{id}/accept-variance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER, TenantRole.FINANCE})
    public JsonObject accept(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return view(invoices.accept(id, request.reason()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER})
    public JsonObject reject(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return view(invoices.reject(id, request.reason()));
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER})
    public JsonObject hold(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return view(invoices.hold(id, request.reason()));
    }

    @POST
    @Path("{id}/release")
    @Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER})
    public JsonObject release(@PathParam("id") long id) {
        return view(invoices.release(id));
    }

    static JsonObject summary(SupplierInvoice invoice) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        invoice.reasons().forEach(r -> reasons.add(r.json()));
        return Json.createObjectBuilder(invoice.state()).add("match", Json.createObjectBuilder()
                .add("result", invoice.reasons().isEmpty() ? "MATCHED" : "EXCEPTION").add("reasons", reasons)).build();
    }

    static JsonObject view(Invoices.Invoice invoice) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (InvoiceLine l : invoice.lines()) {
            var line = Json.createObjectBuilder().add("line", l.line());
            if (l.orderLine() != null) {
                line.add("poLine", l.orderLine());
            }
            lines.add(line.add("description", l.description()).add("quantity", l.quantity().toPlainString()).add("unitPrice", l.unitPrice().toString())
                    .add("vat", l.vatRate().movePointRight(2).stripTrailingZeros().toPlainString()).add("net", l.net().toString())
                    .add("vatAmount", l.vat().toString()));
        }
        return Json.createObjectBuilder(summary(invoice.invoice())).add("lines", lines).build();
    }

    public record InvoiceRequest(Long supplier, @Size(max = 100) String invoiceNumber, @IsoDate String invoiceDate, @IsoDate String receivedDate,
                                 Long purchaseOrder, @Valid @Size(max = 400) List<@Valid LineRequest> lines, @Amount String total,
                                 @Size(max = 16) String type, Long credits) {
    }

    public record LineRequest(Integer poLine, @Size(max = 400) String description, BigDecimal quantity, @Amount String unitPrice,
                              @Size(max = 6) String vat, @Size(max = 64) String account, @Size(max = 16) String costCentre) {
    }

    public record ReasonRequest(@Size(max = 1000) String reason) {
    }
}

package org.guildhall.procurement.payables.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.io.StringWriter;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.control.PaymentRuns;
import org.guildhall.procurement.payables.entity.PaymentRun;

/**
 * Payment runs: proposed by AP_CLERK {@code {payDate}}, approved by AP_APPROVER, and paid by their BACS file; each
 * supplier paid gets a remittance advice, to download as a PDF or, where SMTP is set, by email.
 */
@Path("tenants/{tenant}/payment-runs")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.AP_CLERK, TenantRole.AP_APPROVER})
public class PaymentRunsResource {

    @Inject
    PaymentRuns runs;

    @Inject
    org.guildhall.procurement.supplier.control.SupplierBankDetails bankDetails;

    @Inject
    org.guildhall.procurement.supplier.control.Suppliers suppliers;

    @Inject
    org.guildhall.procurement.purchasing.control.PurchaseOrders orders;

    @Inject
    org.guildhall.hr.notify.control.Mailer mailer;

    @GET
    public PageRequest.Page<JsonObject> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var found = runs.list(paging);
        return paging.page(found.items().stream().map(PaymentRun::state).toList(), found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.AP_CLERK)
    public Response propose(@Valid @NotNull RunRequest request, @Context UriInfo uri) {
        PaymentRuns.Proposed proposed = runs.propose(Inputs.dateOrNull(request.payDate()));
        JsonArrayBuilder leftOut = Json.createArrayBuilder();
        proposed.leftOut().forEach(l -> leftOut.add(Json.createObjectBuilder().add("invoice", l.invoice()).add("supplier", l.supplier())
                .add("invoiceNumber", l.invoiceNumber()).add("reason", l.reason())));
        return Response.created(uri.getAbsolutePathBuilder().path(proposed.run().id().toString()).build())
                .entity(Json.createObjectBuilder(view(proposed.run())).add("leftOut", leftOut).build()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return view(runs.find(id));
    }

    @POST
    @Path("{id}/approve")
    @Allowed(tenant = TenantRole.AP_APPROVER)
    public JsonObject approve(@PathParam("id") long id) {
        PaymentRun run = runs.approve(id);
        if (mailer.configured()) {
            emailRemittances(run);
        }
        return view(run);
    }

    /**
     * Each supplier the run pays gets its remittance advice by email once the approval commits; it stays downloadable.
     * The advices are made here, from what this transaction sees (a run pays tens of suppliers, not thousands); one that
     * cannot be made is logged and skipped, never undoing the payment.
     */
    private void emailRemittances(PaymentRun run) {
        String payer = orders.buyer();
        for (PaymentRuns.Payee payee : runs.payees(run.id())) {
            var supplier = suppliers.find(payee.supplier());
            String address = supplier.details().email();
            if (address == null || address.isBlank()) {
                continue;
            }
            byte[] pdf;
            try {
                pdf = remittance(run, payer, supplier, runs.remitted(run.id(), supplier.id()));
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(PaymentRunsResource.class.getName()).warning("could not make the remittance advice of run "
                        + run.id() + " for supplier " + supplier.id() + ": " + e);
                continue;
            }
            mailer.sendAfterCommit(address, "Remittance advice from " + payer + ": payment run " + run.id(),
                    "Payment run " + run.id() + " of " + payer + " settles " + payee.invoiceNumbers().size() + " of your invoices and credit notes, "
                            + "paying " + payee.amount() + " on " + run.payDate() + ". The remittance advice is attached.",
                    new org.guildhall.hr.notify.control.Mailer.Attachment(filename(run.id(), supplier.id()), "application/pdf", pdf));
        }
    }

    private byte[] remittance(PaymentRun run, String payer, org.guildhall.procurement.supplier.entity.Supplier supplier,
                              List<PaymentRuns.Remitted> remitted) {
        return RemittancePdf.of(run, payer, supplier, bankDetails.find(supplier.id()).account().lastDigits(), remitted);
    }

    private static String filename(long run, long supplier) {
        return "remittance-run-" + run + "-supplier-" + supplier + ".pdf";
    }

    /** The approved run's BACS Standard 18 credit file, one credit a supplier. */
    @GET
    @Path("{id}/bacs")
    @Produces("text/plain")
    @Allowed(tenant = TenantRole.AP_APPROVER)
    public Response bacs(@PathParam("id") long id) {
        StringWriter file = new StringWriter();
        runs.bacs(id, file);
        return Response.ok(file.toString(), MediaType.TEXT_PLAIN_TYPE.withCharset("US-ASCII"))
                .header("Content-Disposition", "attachment; filename=\"payment-run-" + id + "-bacs.txt\"").build();
    }

    /** The remittance advice of an approved run for one supplier it paid, as a PDF. */
    @GET
    @Path("{id}/remittances/{supplier}")
    @Produces("application/pdf")
    public Response remittance(@PathParam("id") long id, @PathParam("supplier") long supplier) {
        List<PaymentRuns.Remitted> remitted = runs.remitted(id, supplier);
        byte[] pdf = remittance(runs.find(id), orders.buyer(), suppliers.find(supplier), remitted);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + filename(id, supplier) + "\"").build();
    }

    private JsonObject view(PaymentRun run) {
        JsonArrayBuilder payees = Json.createArrayBuilder();
        for (PaymentRuns.Payee payee : runs.payees(run.id())) {
            JsonArrayBuilder numbers = Json.createArrayBuilder();
            payee.invoiceNumbers().forEach(numbers::add);
            payees.add(Json.createObjectBuilder().add("supplier", payee.supplier()).add("amount", payee.amount().toString()).add("invoices", numbers));
        }
        return Json.createObjectBuilder(run.state()).add("payees", payees).build();
    }

    public record RunRequest(@IsoDate String payDate) {
    }
}

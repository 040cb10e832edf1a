package org.guildhall.procurement.purchasing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.Receipts;
import org.guildhall.procurement.supplier.control.Suppliers;

/** Purchase orders, raised by approving requisitions: read by procurement, AP and budget holders; cancelled or closed by procurement. */
@Path("tenants/{tenant}/purchase-orders")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PROCUREMENT, TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER})
public class PurchaseOrdersResource {

    @Inject
    PurchaseOrders orders;

    @Inject
    Receipts receipts;

    @Inject
    Suppliers suppliers;

    @GET
    public PageRequest.Page<JsonObject> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var found = orders.list(paging);
        return paging.page(found.items().stream().map(o -> o.state()).toList(), found.total());
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return PurchasingViews.order(orders.find(id));
    }

    /** The order as the supplier is sent it: {@code Accept: application/pdf} (JSON stays the default). */
    @GET
    @Path("{id}")
    @Produces("application/pdf;qs=0.9")
    public Response pdf(@PathParam("id") long id) {
        PurchaseOrders.Order order = orders.find(id);
        return Response.ok(PurchaseOrderPdf.of(order, orders.buyer(), suppliers.find(order.order().supplierId())), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + PurchaseOrderPdf.fileName(order) + "\"").build();
    }

    /** Body: {@code {date, lines: [{line, quantity}]}}; by the requester or procurement. */
    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed
    public Response receive(@PathParam("id") long id, @Valid @NotNull ReceiptRequest request) {
        List<Receipts.LineRequest> lines = request.lines() == null ? null
                : request.lines().stream().map(l -> l == null ? null : new Receipts.LineRequest(l.line(), l.quantity())).toList();
        Receipts.Received received = receipts.record(id, Inputs.dateOrNull(request.date()), lines);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", received.id())
                .add("journalId", received.journalId()).add("value", received.value().toString())
                .add("purchaseOrder", PurchasingViews.order(received.order())).build()).build();
    }

    public record ReceiptRequest(@IsoDate String date, @Valid @Size(max = 400) List<@Valid ReceiptLine> lines) {
    }

    public record ReceiptLine(Integer line, BigDecimal quantity) {
    }

    @POST
    @Path("{id}/cancel")
    @Allowed(tenant = TenantRole.PROCUREMENT)
    public JsonObject cancel(@PathParam("id") long id) {
        return PurchasingViews.order(orders.end(id, true));
    }

    @POST
    @Path("{id}/close")
    @Allowed(tenant = TenantRole.PROCUREMENT)
    public JsonObject close(@PathParam("id") long id) {
        return PurchasingViews.order(orders.end(id, false));
    }
}

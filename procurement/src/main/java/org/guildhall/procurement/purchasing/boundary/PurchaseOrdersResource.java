package org.guildhall.procurement.purchasing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;

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

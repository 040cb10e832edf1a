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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.control.Requisitions;

/**
 * Requisitions, {@code {supplier?, lines: [{description, quantity, unitPrice, vat?, account, costCentre}], neededBy?,
 * overBudgetReason?}}: anyone in the tenant raises one and is answered with the budget left; they submit it; an
 * approver by limit (the cost centre's budget holder when over budget) approves it, raising the purchase order, or
 * rejects it with a reason.
 */
@Path("tenants/{tenant}/requisitions")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class RequisitionsResource {

    @Inject
    Requisitions requisitions;

    @GET
    public PageRequest.Page<JsonObject> list(@QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var found = requisitions.list(paging, status);
        return paging.page(found.items().stream().map(r -> r.state()).toList(), found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull RequisitionRequest request, @Context UriInfo uri) {
        List<Requisitions.LineRequest> lines = request.lines() == null ? null : request.lines().stream()
                .map(l -> l == null ? null : new Requisitions.LineRequest(l.description(), l.quantity(), Inputs.moneyOrNull(l.unitPrice()), l.vat(),
                        l.account(), l.costCentre())).toList();
        Requisitions.Raised raised = requisitions.create(new Requisitions.Request(request.supplier(), lines, Inputs.dateOrNull(request.neededBy()),
                request.overBudgetReason()));
        return Response.created(uri.getAbsolutePathBuilder().path(raised.requisition().id().toString()).build())
                .entity(PurchasingViews.requisition(raised)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return PurchasingViews.requisition(requisitions.find(id));
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") long id) {
        return PurchasingViews.requisition(requisitions.submit(id));
    }

    @POST
    @Path("{id}/approve")
    public JsonObject approve(@PathParam("id") long id) {
        return PurchasingViews.requisition(requisitions.decide(id, true, null));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject reject(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return PurchasingViews.requisition(requisitions.decide(id, false, request.reason()));
    }

    public record RequisitionRequest(Long supplier, @Valid @Size(max = 100) List<@Valid LineRequest> lines, @IsoDate String neededBy,
                                     @Size(max = 500) String overBudgetReason) {
    }

    public record LineRequest(@Size(max = 200) String description, BigDecimal quantity, @Amount String unitPrice, @Size(max = 6) String vat,
                              @Size(max = 64) String account, @Size(max = 16) String costCentre) {
    }

    public record ReasonRequest(@Size(max = 500) String reason) {
    }
}

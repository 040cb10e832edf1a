package org.guildhall.procurement.payables.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.control.Invoices;

/** The exception queue, oldest first: each invoice's reasons, amount and age in working days. */
@Path("tenants/{tenant}/invoice-exceptions")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.AP_CLERK)
public class InvoiceExceptionsResource {

    @Inject
    Invoices invoices;

    @GET
    public PageRequest.Page<JsonObject> exceptions(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var found = invoices.exceptions(paging);
        return paging.page(found.items().stream().map(w -> Json.createObjectBuilder(InvoicesResource.summary(w.invoice()))
                .add("ageInWorkingDays", w.ageInWorkingDays()).add("amount", w.invoice().total().toString()).build()).toList(), found.total());
    }
}

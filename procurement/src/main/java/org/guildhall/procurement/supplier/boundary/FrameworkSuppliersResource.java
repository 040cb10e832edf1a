package org.guildhall.procurement.supplier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.procurement.supplier.control.FrameworkSuppliers;

/**
 * The framework suppliers of the tenant's group (PROCUREMENT, AP_CLERK, BUDGET_HOLDER see them), each with the
 * tenant's own supplier made from it once adopted; {@code POST {id}/adoption} (PROCUREMENT) adopts one: 201 with the
 * new supplier, or 200 with the one adopted before.
 */
@Path("tenants/{tenant}/framework-suppliers")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PROCUREMENT, TenantRole.AP_CLERK, TenantRole.BUDGET_HOLDER})
public class FrameworkSuppliersResource {

    @Inject
    FrameworkSuppliers frameworks;

    @GET
    public List<JsonObject> all() {
        return frameworks.forTenant().stream().map(e -> {
            var json = GroupSuppliersResource.view(e);
            frameworks.adopted(e.id()).ifPresent(s -> json.add("adoptedAs", s.id()));
            return json.build();
        }).toList();
    }

    @POST
    @Path("{id}/adoption")
    @Allowed(tenant = TenantRole.PROCUREMENT)
    public Response adopt(@PathParam("id") long id) {
        FrameworkSuppliers.Adoption adoption = frameworks.adopt(id);
        return Response.status(adoption.made() ? 201 : 200).entity(Json.createObjectBuilder(SuppliersResource.view(adoption.supplier()))
                .add("frameworkSupplier", id).build()).build();
    }
}

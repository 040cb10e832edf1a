package org.guildhall.procurement.supplier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.TenantGroups;
import org.guildhall.procurement.supplier.control.FrameworkSuppliers;
import org.guildhall.procurement.supplier.control.Suppliers;

/**
 * A tenant group's framework suppliers (operators): {@code POST {framework, supplier: {name, companyNumber?, vatNumber?,
 * address, email, phone?, paymentTermsDays?, sme?}}} adds one to the catalogue every member sees; {@code GET} lists them.
 */
@Path("tenant-groups/{group}/suppliers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class GroupSuppliersResource {

    @Inject
    FrameworkSuppliers frameworks;

    @Inject
    TenantGroups groups;

    @GET
    public List<JsonObject> all(@PathParam("group") String group) {
        return frameworks.of(groups.require(group).code()).stream().map(e -> view(e).build()).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("group") String group, @Valid @NotNull FrameworkRequest request) {
        SuppliersResource.SupplierRequest s = request.supplier();
        FrameworkSuppliers.Entry entry = frameworks.add(groups.require(group).code(), request.framework(), s == null
                ? new Suppliers.Request(null, null, null, null, null, null, null, null)
                : new Suppliers.Request(s.name(), s.companyNumber(), s.vatNumber(), s.address(), s.email(), s.phone(), s.paymentTermsDays(), s.sme()));
        return Response.status(201).entity(view(entry).build()).build();
    }

    static JsonObjectBuilder view(FrameworkSuppliers.Entry entry) {
        return Json.createObjectBuilder().add("id", entry.id()).add("group", entry.group()).add("framework", entry.framework())
                .add("supplier", entry.details());
    }

    public record FrameworkRequest(@Size(max = 200) String framework, @Valid SuppliersResource.SupplierRequest supplier) {
    }
}

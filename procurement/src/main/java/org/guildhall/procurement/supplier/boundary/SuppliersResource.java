package org.guildhall.procurement.supplier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.supplier.control.SupplierBankDetails;
import org.guildhall.procurement.supplier.control.Suppliers;
import org.guildhall.procurement.supplier.entity.Supplier;
import org.guildhall.procurement.supplier.entity.SupplierBankAccount;

/**
 * Suppliers, {@code {id, name, companyNumber?, vatNumber?, address: {lines, postcode}, email, phone?, paymentTermsDays,
 * sme, version}}: procurement and accounts payable add and read them; only AP clerks see and change where they are
 * paid, masked, and another AP clerk confirms a change.
 */
@Path("tenants/{tenant}/suppliers")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PROCUREMENT, TenantRole.AP_CLERK})
public class SuppliersResource {

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierBankDetails bankDetails;

    @GET
    public PageRequest.Page<JsonObject> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        PageRequest.Page<Supplier> found = suppliers.list(paging);
        return paging.page(found.items().stream().map(SuppliersResource::view).toList(), found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull SupplierRequest request, @Context UriInfo uri) {
        Supplier made = suppliers.create(new Suppliers.Request(request.name(), request.companyNumber(), request.vatNumber(), request.address(),
                request.email(), request.phone(), request.paymentTermsDays(), request.sme()));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build()).entity(view(made)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return view(suppliers.find(id));
    }

    @GET
    @Path("{id}/bank-account")
    @Allowed(tenant = TenantRole.AP_CLERK)
    public JsonObject bankAccount(@PathParam("id") long id) {
        return bankDetails.masked(bankDetails.find(id));
    }

    /** Body: {@code {sortCode, accountNumber, accountName, verification: {method: CALL_BACK, contact, note}}}. */
    @PUT
    @Path("{id}/bank-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.AP_CLERK)
    public JsonObject changeBankAccount(@PathParam("id") long id, @Valid @NotNull AccountRequest request) {
        VerificationRequest v = request.verification();
        return bankDetails.masked(bankDetails.change(id, request.sortCode(), request.accountNumber(), request.accountName(),
                v == null ? null : new SupplierBankAccount.Verification(v.method(), v.contact(), v.note())));
    }

    @POST
    @Path("{id}/bank-account/confirm")
    @Allowed(tenant = TenantRole.AP_CLERK)
    public JsonObject confirmBankAccount(@PathParam("id") long id) {
        return bankDetails.masked(bankDetails.confirm(id));
    }

    public record SupplierRequest(@Size(max = 200) String name, @Size(max = 20) String companyNumber, @Size(max = 20) String vatNumber,
                                  JsonValue address, @Size(max = 254) String email, @Size(max = 30) String phone, Integer paymentTermsDays,
                                  Boolean sme) {
    }

    public record AccountRequest(@Size(max = 20) String sortCode, @Size(max = 20) String accountNumber,
                                 @Size(max = 18, message = "Enter the name on the account, up to 18 characters") String accountName,
                                 @Valid VerificationRequest verification) {
    }

    public record VerificationRequest(@Size(max = 16) String method, @Size(max = 254) String contact, @Size(max = 500) String note) {
    }

    static JsonObject view(Supplier supplier) {
        return org.guildhall.platform.json.Json.createObjectBuilder(supplier.state()).add("version", supplier.version()).build();
    }
}

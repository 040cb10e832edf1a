package org.guildhall.hr.people.boundary;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.hr.people.control.BankDetails;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * An employee's bank account, masked: HR and payroll set it; someone other than whoever set it confirms it before
 * payroll may use it.
 */
@Path("tenants/{tenant}/employees/{number}/bank-account")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN})
public class BankAccountResource {

    @Inject
    BankDetails bankDetails;

    @GET
    public JsonObject masked(@PathParam("number") String number) {
        return BankDetails.masked(bankDetails.find(number));
    }

    /** Body: {@code {sortCode, accountNumber, accountName}}; answers the masked details, awaiting confirmation. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("number") String number, @Valid @NotNull AccountRequest body) {
        return BankDetails.masked(bankDetails.change(number, body.sortCode(), body.accountNumber(), body.accountName()));
    }

    /** What each field must look like is {@link BankDetails}' rule, answered for all of them at once. */
    public record AccountRequest(@Size(max = 20) String sortCode, @Size(max = 20) String accountNumber,
                                 @Size(max = 18, message = "Enter the name on the account, up to 18 characters") String accountName) {
    }

    @POST
    @Path("confirm")
    public JsonObject confirm(@PathParam("number") String number) {
        return BankDetails.masked(bankDetails.confirm(number));
    }
}

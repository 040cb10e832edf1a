package org.guildhall.finance.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.finance.payments.control.PaymentAccounts;
import org.guildhall.finance.payments.entity.PaymentAccount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * The tenant's accounts payments leave from, by purpose ({@code PAYROLL}, {@code SUPPLIERS}):
 * {@code {sortCode, accountNumber, accountName, serviceUserNumber, version}}; finance sets them, a PUT of a changed one
 * names the version it saw.
 */
@Path("tenants/{tenant}/payment-accounts/{purpose}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.TENANT_ADMIN, TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.AUDITOR})
@Transactional
@InTenant
public class PaymentAccountsResource {

    @Inject
    PaymentAccounts accounts;

    @GET
    public AccountView one(@PathParam("purpose") String purpose) {
        return AccountView.of(accounts.find(purpose));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.FINANCE, TenantRole.TENANT_ADMIN})
    public AccountView put(@PathParam("purpose") String purpose, @Valid @NotNull AccountRequest request) {
        return AccountView.of(accounts.put(purpose, new PaymentAccounts.Request(request.sortCode(), request.accountNumber(),
                request.accountName(), request.serviceUserNumber(), request.version())));
    }

    public record AccountRequest(@Size(max = 16) String sortCode, @Size(max = 16) String accountNumber, @Size(max = 18) String accountName,
                                 @Size(max = 6) String serviceUserNumber, Long version) {
    }

    public record AccountView(String purpose, String sortCode, String accountNumber, String accountName, String serviceUserNumber,
                              long version) {
        static AccountView of(PaymentAccount account) {
            return new AccountView(account.purpose().name(), account.originator().sortCode(), account.originator().accountNumber(),
                    account.originator().accountName(), account.originator().serviceUserNumber(), account.version());
        }
    }
}

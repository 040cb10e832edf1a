package org.guildhall.finance.chart.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.AccountType;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** The chart of accounts: anyone in the tenant reads it (to code a claim or an order); finance adds to it. */
@Path("tenants/{tenant}/accounts")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    ChartOfAccounts chart;

    @GET
    public List<AccountView> accounts() {
        return chart.accounts().stream().map(AccountView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.FINANCE)
    public Response add(@Valid @NotNull AccountView request, @Context UriInfo uri) {
        LedgerAccount account;
        try {
            account = new LedgerAccount(request.code(), request.name(), request.type(), request.postable() == null || request.postable(),
                    request.purpose());
        } catch (IllegalArgumentException invalid) {
            throw Inputs.invalid("code", invalid.getMessage());
        }
        chart.addAccount(account);
        return Response.created(uri.getAbsolutePathBuilder().path(account.code()).build()).entity(AccountView.of(account)).build();
    }

    public record AccountView(@NotBlank @Size(max = 16) String code, @NotBlank @Size(max = 200) String name,
                              @NotNull AccountType type, Boolean postable, @Size(max = 32) String purpose) {
        static AccountView of(LedgerAccount a) {
            return new AccountView(a.code(), a.name(), a.type(), a.postable(), a.purpose());
        }
    }
}

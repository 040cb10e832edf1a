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
import org.guildhall.finance.chart.entity.CostCentre;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** Cost centres: anyone in the tenant reads them; finance adds to them. */
@Path("tenants/{tenant}/cost-centres")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class CostCentresResource {

    @Inject
    ChartOfAccounts chart;

    @GET
    public List<CostCentreView> costCentres() {
        return chart.costCentres().stream().map(CostCentreView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.FINANCE)
    public Response add(@Valid @NotNull CostCentreView request, @Context UriInfo uri) {
        CostCentre costCentre;
        try {
            costCentre = new CostCentre(request.code(), request.name(), request.parentCode(), request.budgetHolder());
        } catch (IllegalArgumentException invalid) {
            throw Inputs.invalid("code", invalid.getMessage());
        }
        chart.addCostCentre(costCentre);
        return Response.created(uri.getAbsolutePathBuilder().path(costCentre.code()).build()).entity(CostCentreView.of(costCentre)).build();
    }

    public record CostCentreView(@NotBlank @Size(max = 16) String code, @NotBlank @Size(max = 200) String name,
                                 @Size(max = 16) String parentCode, @Size(max = 64) String budgetHolder) {
        static CostCentreView of(CostCentre c) {
            return new CostCentreView(c.code(), c.name(), c.parentCode(), c.budgetHolder());
        }
    }
}

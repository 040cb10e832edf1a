package org.guildhall.hr.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.OrgUnit;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/** The organisation's units: anyone in the tenant reads them; HR adds to them. */
@Path("tenants/{tenant}/org-units")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    People people;

    @GET
    public List<OrgUnitView> all() {
        return people.orgUnits().stream().map(OrgUnitView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.HR_ADMIN)
    public Response add(@Valid @NotNull OrgUnitView request, @Context UriInfo uri) {
        OrgUnit unit = people.addOrgUnit(request.code(), request.name(), request.parentCode(), request.costCentre());
        return Response.created(uri.getAbsolutePathBuilder().path(unit.code()).build()).entity(OrgUnitView.of(unit)).build();
    }

    public record OrgUnitView(@Size(max = 32) String code, @Size(max = 200) String name, @Size(max = 32) String parentCode,
                              @Size(max = 16) String costCentre) {
        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.code(), unit.name(), unit.parentCode(), unit.costCentre());
        }
    }
}

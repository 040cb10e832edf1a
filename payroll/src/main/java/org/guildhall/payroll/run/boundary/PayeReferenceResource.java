package org.guildhall.payroll.run.boundary;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.payroll.run.control.PayeReferences;
import org.guildhall.payroll.run.entity.PayeReference;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * The employer's PAYE references from HMRC, {@code {taxOfficeNumber, taxOfficeReference, accountsOfficeReference,
 * employerReference, version}}: payroll admins set them; a PUT of set references names the version it saw.
 */
@Path("tenants/{tenant}/paye-reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.FINANCE, TenantRole.TENANT_ADMIN, TenantRole.AUDITOR})
@Transactional
@InTenant
public class PayeReferenceResource {

    @Inject
    PayeReferences references;

    @GET
    public ReferenceView one() {
        return ReferenceView.of(references.find());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.PAYROLL_ADMIN, TenantRole.TENANT_ADMIN})
    public ReferenceView put(@Valid @NotNull ReferenceRequest request) {
        return ReferenceView.of(references.put(new PayeReferences.Request(request.taxOfficeNumber(), request.taxOfficeReference(),
                request.accountsOfficeReference(), request.version())));
    }

    public record ReferenceRequest(@Size(max = 8) String taxOfficeNumber, @Size(max = 16) String taxOfficeReference,
                                   @Size(max = 16) String accountsOfficeReference, Long version) {
    }

    public record ReferenceView(String taxOfficeNumber, String taxOfficeReference, String accountsOfficeReference, String employerReference,
                                long version) {
        static ReferenceView of(PayeReference reference) {
            return new ReferenceView(reference.taxOfficeNumber(), reference.taxOfficeReference(), reference.accountsOfficeReference(),
                    reference.employerReference(), reference.version());
        }
    }
}

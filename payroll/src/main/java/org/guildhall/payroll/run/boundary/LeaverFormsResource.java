package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.guildhall.payroll.run.control.TaxForms;
import org.guildhall.platform.security.Allowed;

/** A leaver's P45 as a PDF: to the employee and to payroll admins (the control checks which). */
@Path("tenants/{tenant}/employees/{number}/p45")
@RequestScoped
@Allowed
public class LeaverFormsResource {

    @Inject
    TaxForms forms;

    @GET
    @Produces("application/pdf")
    public Response p45(@PathParam("number") String number) {
        TaxForms.P45 p45 = forms.p45(number);
        return Response.ok(P45Pdf.of(p45), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + P45Pdf.fileName(p45) + "\"").build();
    }
}

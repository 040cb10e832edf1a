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

/** An employee's P60 for a tax year as a PDF: to the employee and to payroll admins (the control checks which). */
@Path("tenants/{tenant}/employees/{number}/p60/{taxYear}")
@RequestScoped
@Allowed
public class YearEndFormsResource {

    @Inject
    TaxForms forms;

    @GET
    @Produces("application/pdf")
    public Response p60(@PathParam("number") String number, @PathParam("taxYear") String taxYear) {
        TaxForms.P60 p60 = forms.p60(number, taxYear);
        return Response.ok(P60Pdf.of(p60), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + P60Pdf.fileName(p60) + "\"").build();
    }
}

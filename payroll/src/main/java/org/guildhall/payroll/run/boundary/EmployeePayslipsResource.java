package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.web.PageRequest;

/** An employee's approved payslips, newest first: to the employee and to payroll admins (the control checks which). */
@Path("tenants/{tenant}/employees/{number}/payslips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class EmployeePayslipsResource {

    @Inject
    RunQueries queries;

    @GET
    public List<PayslipView> all(@PathParam("number") String number, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return queries.approvedPayslips(number, null, paging.offset(), paging.size()).items().stream().map(PayslipView::of).toList();
    }

    @GET
    @Path("{run}")
    public PayslipView one(@PathParam("number") String number, @PathParam("run") long run) {
        return queries.approvedPayslips(number, run, 0, 1).items().stream().findFirst().map(PayslipView::of)
                .orElseThrow(() -> new Absent("There is no approved payslip of " + number + " in run " + run + "."));
    }

    /** The same payslip as a tagged PDF, for {@code Accept: application/pdf} (JSON stays the default). */
    @GET
    @Path("{run}")
    @Produces("application/pdf;qs=0.9")
    public Response pdf(@PathParam("number") String number, @PathParam("run") long run) {
        PayslipView payslip = one(number, run);
        return Response.ok(PayslipPdf.of(payslip), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + PayslipPdf.fileName(payslip) + "\"").build();
    }
}

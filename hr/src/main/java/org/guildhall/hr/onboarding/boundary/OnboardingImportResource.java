package org.guildhall.hr.onboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.guildhall.hr.onboarding.control.OnboardingWorkbook;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.tenancy.InTenant;

/**
 * The onboarding workbook: a blank template, a dry run that lists every problem, and a load of all or nothing. The
 * workbook comes as the {@code file} part of a multipart form, or as the request body itself.
 */
@Path("tenants/{tenant}/imports/onboarding")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.HR_ADMIN)
public class OnboardingImportResource {

    @Inject
    OnboardingWorkbook workbook;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("file") EntityPart file, @QueryParam("dryRun") boolean dryRun) throws IOException {
        if (file == null) {
            throw new Problem.InvalidUpload("Send the workbook as the form field called file.");
        }
        try (InputStream content = file.getContent()) {
            return run(content, dryRun);
        }
    }

    @POST
    @Consumes(Workbooks.MEDIA_TYPE)
    public Response body(InputStream content, @QueryParam("dryRun") boolean dryRun) {
        return run(content, dryRun);
    }

    private Response run(InputStream content, boolean dryRun) {
        OnboardingWorkbook.Report report = workbook.run(workbook.read(content), !dryRun);
        if (!dryRun && !report.valid()) {
            throw new Problem.InvalidUpload(report.errors().size() + " problem(s) in the workbook; nothing was loaded.", report.errors());
        }
        return Response.ok(new ReportView(report.valid(), report.rows(), report.errors(), report.changed())).build();
    }

    /** {@code changed} counts rows added or altered by a load; a dry run changes nothing. */
    public record ReportView(boolean valid, Map<String, Integer> rows, List<CellError> errors, Map<String, Integer> changed) {
    }

    @GET
    @Path("template")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response template() {
        return Response.ok((StreamingOutput) workbook::template, Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"onboarding-template.xlsx\"").build();
    }
}

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
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.hr.onboarding.control.OnboardingWorkbook;
import org.guildhall.platform.problem.CellError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.WorkbookReader;
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
        StreamingOutput file = output -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                sheet(book, OnboardingWorkbook.COST_CENTRES, OnboardingWorkbook.COST_CENTRE_COLUMNS,
                        List.of("CC300", "Digital services", "CC000", ""));
                sheet(book, OnboardingWorkbook.ORG_UNITS, OnboardingWorkbook.ORG_UNIT_COLUMNS,
                        List.of("DIG", "Digital directorate", "", "CC300"));
                XSSFSheet employees = sheet(book, OnboardingWorkbook.EMPLOYEES, OnboardingWorkbook.EMPLOYEE_COLUMNS,
                        List.of("E0100", "Ada", "Lovelace", "ada.lovelace@example.gov.uk", "AB123456C", "1990-12-10", "2026-04-01", "",
                                "DIG", "CC300", "", "ENGLAND", "1", "37", "HEO", "34500.00"));
                DataValidationHelper validation = employees.getDataValidationHelper();
                int nation = OnboardingWorkbook.EMPLOYEE_COLUMNS.indexOf("nation");
                var rule = validation.createValidation(validation.createExplicitListConstraint(
                        new String[] {"ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"}),
                        new CellRangeAddressList(1, WorkbookReader.MAX_ROWS, nation, nation));
                rule.setShowErrorBox(true);
                employees.addValidationData(rule);
                book.write(output);
            }
        };
        return Response.ok(file, Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"onboarding-template.xlsx\"").build();
    }

    private static XSSFSheet sheet(XSSFWorkbook book, String name, List<String> headers, List<String> example) {
        XSSFSheet sheet = book.createSheet(name);
        var header = sheet.createRow(0);
        var row = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            if (!example.get(i).isEmpty()) {
                row.createCell(i).setCellValue(example.get(i));
            }
            sheet.setColumnWidth(i, 18 * 256);
        }
        return sheet;
    }
}

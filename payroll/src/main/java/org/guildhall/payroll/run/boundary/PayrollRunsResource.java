package org.guildhall.payroll.run.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guildhall.payroll.run.control.PayrollApprovals;
import org.guildhall.payroll.run.control.PayrollBacs;
import org.guildhall.payroll.run.control.PayrollRuns;
import org.guildhall.payroll.run.control.PayslipArchive;
import org.guildhall.payroll.run.control.RunLauncher;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.payroll.run.entity.PayItem;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.rti.FpsDocument;
import org.guildhall.payroll.rti.FullPaymentSubmissions;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;
import org.guildhall.platform.web.PageRequest;

/**
 * Payroll runs: PAYROLL_ADMIN makes a run for a period, puts items into it and calculates it (a Jakarta Batch job,
 * answered 202 at once); PAYROLL_APPROVER approves it; both and AUDITOR read it. The controls hold the transactions,
 * so that the job starts only once its preparation has committed.
 */
@Path("tenants/{tenant}/payroll-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.AUDITOR})
public class PayrollRunsResource {

    /** How many payslips are drawn ahead of the one the ZIP writes: enough to keep both cores busy, few enough to hold. */
    private static final int DRAWN_AHEAD = 16;

    @Inject
    PayrollRuns runs;

    @Inject
    RunLauncher launcher;

    @Inject
    PayrollApprovals approvals;

    @Inject
    RunQueries queries;

    @Inject
    PayrollBacs bacs;

    @Inject
    PayslipArchive archive;

    /** Draws a run's payslips for its ZIP on the server's other threads, a few ahead of the one writing it. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    FullPaymentSubmissions submissions;

    /** Body {@code {schedule?: "MONTHLY", taxYear: "2026-27", period: 8}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public Response create(@Valid @NotNull RunRequest run, @Context UriInfo uri) {
        PayrollRun made = runs.create(run.schedule(), run.taxYear(), run.period(), Boolean.TRUE.equals(run.offCycle()),
                Inputs.dateOrNull(run.payDate()));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build())
                .entity(RunView.of(queries.state(made.id()))).build();
    }

    @GET
    public PageRequest.Page<RunView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.page(queries.runs(paging.offset(), paging.size()).stream().map(RunView::summary).toList(), queries.runCount());
    }

    @GET
    @Path("{id}")
    public RunView one(@PathParam("id") long id) {
        return RunView.of(queries.state(id));
    }

    /** One item: {@code {employeeNumber, kind, amount}} or {@code {employeeNumber, kind, hours, rate}}, with a description. */
    @POST
    @Path("{id}/pay-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public Response item(@PathParam("id") long id, @Valid @NotNull ItemRequest item) {
        PayItem made = runs.addItem(id, new PayrollRuns.ItemRequest(item.employeeNumber(), item.kind(), Inputs.moneyOrNull(item.amount()),
                item.hours(), item.rate(), item.description()));
        return Response.status(Response.Status.CREATED).entity(ItemView.of(made)).build();
    }

    /** The same items as an .xlsx ({@code PayItems} sheet) in the body: a dry run lists every bad cell; a load is all or nothing. */
    @POST
    @Path("{id}/pay-items/import")
    @Consumes(Workbooks.MEDIA_TYPE)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public PayrollRuns.ItemImport importItems(@PathParam("id") long id, InputStream workbook, @QueryParam("dryRun") boolean dryRun) {
        return runs.importItems(id, workbook, !dryRun);
    }

    /** The same as the {@code file} part of a multipart form. */
    @POST
    @Path("{id}/pay-items/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public PayrollRuns.ItemImport importItemsForm(@PathParam("id") long id, @FormParam("file") EntityPart file, @QueryParam("dryRun") boolean dryRun)
            throws IOException {
        if (file == null) {
            throw new Problem.InvalidUpload("Send the workbook as the form field called file.");
        }
        try (InputStream content = file.getContent()) {
            return runs.importItems(id, content, !dryRun);
        }
    }

    /**
     * Starts (or resumes) the calculation: 202 with the run. {@code partitions} (1 to 16) and {@code chunk} (10 to
     * 5,000) tune the job; the defaults are one partition per core and 500.
     */
    @POST
    @Path("{id}/calculate")
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public Response calculate(@PathParam("id") long id, @QueryParam("partitions") Integer partitions, @QueryParam("chunk") Integer chunk) {
        if (partitions != null && (partitions < 1 || partitions > 16)) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("partitions", "Use 1 to 16 partitions")));
        }
        if (chunk != null && (chunk < 10 || chunk > 5000)) {
            throw new Problem.BadRequest("The request has invalid fields.", List.of(new FieldError("chunk", "Use chunks of 10 to 5000 employees")));
        }
        launcher.launch(runs.prepareCalculation(id), partitions, chunk);
        return Response.accepted(RunView.of(queries.state(id))).build();
    }

    @GET
    @Path("{id}/payslips")
    public PageRequest.Page<PayslipView> payslips(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        RunQueries.Slips slips = queries.payslips(id, paging.offset(), paging.size());
        return paging.page(slips.items().stream().map(PayslipView::of).toList(), slips.total());
    }

    @GET
    @Path("{id}/payslips/{number}")
    public PayslipView payslip(@PathParam("id") long id, @PathParam("number") String number) {
        return PayslipView.of(queries.payslip(id, number));
    }

    @GET
    @Path("{id}/variances")
    public List<RunQueries.Variance> variances(@PathParam("id") long id) {
        return queries.variances(id);
    }

    @POST
    @Path("{id}/approve")
    @Allowed(tenant = TenantRole.PAYROLL_APPROVER)
    public RunView approve(@PathParam("id") long id) {
        approvals.approve(id);
        return RunView.of(queries.state(id));
    }

    /**
     * Every payslip of a calculated or approved run as a PDF, in one ZIP streamed as the payslips are read and drawn:
     * memory stays the same whatever the size of the run.
     */
    @GET
    @Path("{id}/payslips.zip")
    @Produces("application/zip")
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public Response payslipArchive(@PathParam("id") long id) {
        PayslipArchive.Ready ready = archive.ready(id);
        StreamingOutput zip = output -> {
            ZipOutputStream entries = new ZipOutputStream(output);
            entries.setLevel(Deflater.BEST_SPEED);
            Deque<Future<Drawn>> drawing = new ArrayDeque<>();
            archive.each(ready, slip -> {
                PayslipView view = PayslipView.of(slip);
                drawing.add(executor.submit(() -> new Drawn(PayslipPdf.fileName(view), PayslipPdf.of(view))));
                if (drawing.size() >= DRAWN_AHEAD) {
                    add(entries, drawing.poll());
                }
            });
            while (!drawing.isEmpty()) {
                add(entries, drawing.poll());
            }
            entries.finish();
            entries.flush();
        };
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"" + ready.fileName() + "\"").build();
    }

    /**
     * The approved run's RTI Full Payment Submission, made once and stored with its IRmark (in the X-IRmark header, and
     * in Base32 as HMRC shows it to people in X-IRmark-Base32), then given as it was made.
     */
    @GET
    @Path("{id}/fps")
    @Produces(MediaType.APPLICATION_XML)
    @Allowed(tenant = TenantRole.PAYROLL_APPROVER)
    public Response fps(@PathParam("id") long id) {
        FullPaymentSubmissions.Ready ready = submissions.ready(id);
        FullPaymentSubmissions.Stored stored = submissions.stored(ready);
        return Response.ok((StreamingOutput) output -> submissions.copy(ready, stored.id(), output), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + ready.fileName() + "\"").header("X-IRmark", stored.irmark())
                .header("X-IRmark-Base32", FpsDocument.base32(stored.irmark())).header("X-RTI-Status", stored.status()).build();
    }

    /** A payslip drawn for the ZIP. */
    private record Drawn(String name, byte[] pdf) {
    }

    /** Adds a drawn payslip to the ZIP, in the order they were read: the drawing goes on on other threads meanwhile. */
    private static void add(ZipOutputStream entries, Future<Drawn> next) {
        try {
            Drawn drawn = next.get();
            entries.putNextEntry(new ZipEntry(drawn.name()));
            entries.write(drawn.pdf());
            entries.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing payslips", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a payslip could not be drawn", e.getCause());
        }
    }

    /** The approved run's net pay as a BACS Standard 18 file, streamed. */
    @GET
    @Path("{id}/bacs")
    @Produces(MediaType.TEXT_PLAIN)
    @Allowed(tenant = TenantRole.PAYROLL_APPROVER)
    public Response bacs(@PathParam("id") long id) {
        PayrollBacs.Ready ready = bacs.ready(id);
        return Response.ok((StreamingOutput) output -> bacs.write(ready, output), MediaType.TEXT_PLAIN_TYPE.withCharset("US-ASCII"))
                .header("Content-Disposition", "attachment; filename=\"" + ready.fileName() + "\"").build();
    }

    public record RunRequest(@Size(max = 16) String schedule, @Size(max = 7) String taxYear, Integer period, Boolean offCycle,
                             @IsoDate String payDate) {
    }

    public record ItemRequest(@Size(max = 32) String employeeNumber, @Size(max = 24) String kind, @Amount String amount,
                              BigDecimal hours, BigDecimal rate, @Size(max = 200) String description) {
    }

    public record ItemView(long id, String employeeNumber, String kind, String description, String amount, String hours, String rate,
                           String addedBy) {

        static ItemView of(PayItem item) {
            return new ItemView(item.id(), item.employeeNumber(), item.kind(), item.description(), item.amount().toString(),
                    item.hours() == null ? null : item.hours().toPlainString(), item.rate() == null ? null : item.rate().toPlainString(),
                    item.addedBy());
        }
    }
}

package org.guildhall.platform.tenant.export;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.Properties;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.Tenants;

/**
 * A tenant's full export (operators): {@code POST} starts the tenant-export job (202, the export's address), {@code GET
 * {id}} shows its progress (tables done of all, rows so far) and, ready, its size, SHA-256 and whether the audit chain
 * verified; {@code GET {id}/file} streams the ZIP and records who downloaded it, which offboarding waits for. Like
 * suspension, the path names the tenant {@code code}: an act on the tenant, not in it.
 */
@Path("tenants/{code}/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class TenantExportsResource {

    public static final String JOB = "tenant-export";

    @Inject
    TenantExports exports;

    @Inject
    Tenants tenants;

    @POST
    public Response start(@PathParam("code") String code, @Context UriInfo uri) {
        String tenant = tenants.find(code).orElseThrow(() -> new org.guildhall.platform.domain.Absent("There is no tenant " + code + ".")).code();
        long id = exports.create(tenant);
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenant);
        parameters.setProperty("export", Long.toString(id));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        exports.started(tenant, id, execution);
        return Response.accepted(view(exports.find(tenant, id))).location(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("code") String code, @PathParam("id") long id) {
        return view(exports.find(code, id));
    }

    @GET
    @Path("{id}/file")
    @Produces("application/zip")
    public Response file(@PathParam("code") String code, @PathParam("id") long id) {
        TenantExports.Export export = exports.downloadable(code, id);
        java.nio.file.Path file = exports.file(export.tenant(), id);
        if (!Files.isReadable(file)) {
            throw new org.guildhall.platform.domain.Absent("The file of export " + id + " is not on this server any more: make a new export.");
        }
        StreamingOutput body = out -> {
            Files.copy(file, out);
            out.flush();
            exports.downloaded(export.tenant(), id);
        };
        return Response.ok(body, "application/zip").header("Content-Length", export.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + export.tenant() + "-export-" + id + ".zip\"").build();
    }

    private static JsonObject view(TenantExports.Export export) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("tenant", export.tenant()).add("id", export.id()).add("status", export.status())
                .add("progress", Json.createObjectBuilder().add("tables", export.tablesDone()).add("of", export.tablesTotal()).add("rows", export.rows()))
                .add("startedAt", export.startedAt().toString());
        if (export.bytes() != null) {
            json.add("bytes", export.bytes()).add("sha256", export.sha256());
        }
        if (export.chainValid() != null) {
            json.add("auditChainValid", export.chainValid());
        }
        if (export.failure() != null) {
            json.add("failure", export.failure());
        }
        if (export.downloadedAt() != null) {
            json.add("downloadedBy", export.downloadedBy()).add("downloadedAt", export.downloadedAt().toString());
        }
        return json.build();
    }
}

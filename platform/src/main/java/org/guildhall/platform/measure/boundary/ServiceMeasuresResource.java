package org.guildhall.platform.measure.boundary;

import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.measure.Peers;
import org.guildhall.platform.measure.control.MeasuresJob;
import org.guildhall.platform.measure.control.ServiceMeasures;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The centre's view of its tenants (operators): {@code GET ?month=YYYY-MM} is every tenant's kept measures of the
 * month, each with its position among its group's tenants and among all; {@code POST runs {month}} starts the measures
 * job for a month (202), and {@code GET runs/{execution}} says how it went. Nothing here works a measure out.
 */
@Path("service-measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class ServiceMeasuresResource {

    @Inject
    ServiceMeasures measures;

    @Inject
    MeasuresJob job;

    @Inject
    ReportDatabase reports;

    @Inject
    Tenants tenants;

    @GET
    @Transactional
    public JsonObject month(@QueryParam("month") String month) {
        YearMonth of = MeasureViews.month(month);
        List<ServiceMeasures.Kept> kept = measures.of(reports.connection(), of);
        Map<String, Map<String, BigDecimal>> headlines = MeasureViews.headlines(kept);
        Map<String, String> groups = new java.util.HashMap<>();
        tenants.all().forEach(t -> groups.put(t.code(), t.group()));
        JsonArrayBuilder out = Json.createArrayBuilder();
        String current = null;
        JsonArrayBuilder rows = null;
        for (ServiceMeasures.Kept k : kept) {
            if (!k.tenant().equals(current)) {
                if (rows != null) {
                    out.add(tenant(current, groups.get(current), rows));
                }
                current = k.tenant();
                rows = Json.createArrayBuilder();
            }
            Map<String, BigDecimal> all = headlines.get(k.measured().measure());
            String group = groups.get(k.tenant());
            Map<String, BigDecimal> peers = new java.util.LinkedHashMap<>();
            all.forEach((tenant, figure) -> {
                if (group != null && group.equals(groups.get(tenant))) {
                    peers.put(tenant, figure);
                }
            });
            JsonObjectBuilder position = Json.createObjectBuilder();
            Peers.Position inAll = Peers.position(all, k.tenant(), k.measured().unit());
            if (inAll != null) {
                position.add("all", Json.createObjectBuilder().add("rank", inAll.rank()).add("of", inAll.of()));
                Peers.Position inGroup = group == null ? null : Peers.position(peers, k.tenant(), k.measured().unit());
                if (inGroup != null) {
                    position.add("group", Json.createObjectBuilder().add("rank", inGroup.rank()).add("of", inGroup.of()));
                }
            }
            rows.add(MeasureViews.json(k.measured()).add("position", position));
        }
        if (rows != null) {
            out.add(tenant(current, groups.get(current), rows));
        }
        return Json.createObjectBuilder().add("month", of.toString()).add("tenants", out).build();
    }

    private static JsonObject tenant(String code, String group, JsonArrayBuilder rows) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("tenant", code);
        if (group != null) {
            json.add("group", group);
        }
        return json.add("measures", rows).build();
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@Valid @NotNull RunRequest request) {
        YearMonth of = MeasureViews.month(request.month());
        long execution = job.start(of);
        return Response.accepted(Json.createObjectBuilder().add("execution", execution).add("month", of.toString()).build()).build();
    }

    @GET
    @Path("runs/{execution}")
    public JsonObject execution(@PathParam("execution") long execution) {
        JobExecution found = job.execution(execution);
        if (found == null || !MeasuresJob.NAME.equals(found.getJobName())) {
            throw new Absent("There is no run of the service measures numbered " + execution + ".");
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("execution", execution).add("status", found.getBatchStatus().name());
        if (found.getExitStatus() != null) {
            json.add("exitStatus", found.getExitStatus());
        }
        return json.build();
    }

    public record RunRequest(@Size(max = 7) String month) {
    }
}

package org.guildhall.platform.measure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.measure.Distribution;
import org.guildhall.platform.measure.Peers;
import org.guildhall.platform.measure.control.ServiceMeasures;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * A tenant's own service measures of a month (TENANT_ADMIN), each beside the other tenants' figures as an anonymous
 * distribution ({@code others}: how many, and p10, p50, p90 of their headline figures), never with a name or a single
 * tenant's figure; with fewer than five others, {@code others} says only how many there are (with fewer, their
 * figures could be solved for from the percentiles).
 */
@Path("tenants/{tenant}/service-measures")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.TENANT_ADMIN)
public class TenantServiceMeasuresResource {

    @Inject
    ServiceMeasures measures;

    @Inject
    TenantSession session;

    @Inject
    ReportDatabase reports;

    @GET
    public JsonObject month(@QueryParam("month") String month) {
        YearMonth of = MeasureViews.month(month);
        String me = session.current();
        List<ServiceMeasures.Kept> kept = measures.of(reports.connection(), of);
        Map<String, Map<String, BigDecimal>> headlines = MeasureViews.headlines(kept);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ServiceMeasures.Kept k : kept) {
            if (!k.tenant().equals(me)) {
                continue;
            }
            Map<String, BigDecimal> all = headlines.get(k.measured().measure());
            long others = all.entrySet().stream().filter(e -> !e.getKey().equals(me) && e.getValue() != null).count();
            JsonObjectBuilder compared = Json.createObjectBuilder().add("tenants", others);
            Distribution distribution = Peers.others(all, me);
            if (distribution != null) {
                compared.add("p10", distribution.p10().toPlainString()).add("p50", distribution.p50().toPlainString())
                        .add("p90", distribution.p90().toPlainString());
            }
            rows.add(MeasureViews.json(k.measured()).add("others", compared));
        }
        return Json.createObjectBuilder().add("month", of.toString()).add("measures", rows).build();
    }
}

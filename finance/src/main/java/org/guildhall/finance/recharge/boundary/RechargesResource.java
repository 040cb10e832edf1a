package org.guildhall.finance.recharge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.Map;
import org.guildhall.finance.recharge.control.Recharges;
import org.guildhall.finance.recharge.control.Statement;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;
import org.guildhall.platform.web.Inputs;

/**
 * Metering and recharge (operators): {@code GET recharges?month=} is every tenant's statement of the month from its
 * metered usage, with its approval once made; {@code POST recharges/{month}/approval} posts them (each tenant's cost in
 * its ledger, the income in the centre's) and answers each tenant's outcome; {@code ?group=} approves only that group's. The prices are {@link PriceListResource}'s.
 */
@Path("recharges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class RechargesResource {

    @Inject
    Recharges recharges;

    @Inject
    Tenants tenants;

    @GET
    @Transactional
    public JsonObject month(@QueryParam("month") String month) {
        YearMonth of = RechargeViews.month(month);
        Map<String, Recharges.Approved> approved = recharges.approved(of);
        var prices = recharges.priceList();
        Map<String, Map<String, Long>> used = recharges.usage(of);
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Tenant tenant : tenants.all()) {
            java.util.Optional.ofNullable(used.get(tenant.code())).ifPresent(usage -> out.add(RechargeViews.json(tenant.code(), of, Statement.of(prices, usage),
                    approved.get(tenant.code())).add("name", tenant.name())));
        }
        return Json.createObjectBuilder().add("month", of.toString()).add("statements", out).build();
    }

    @POST
    @Path("{month}/approval")
    public JsonObject approve(@PathParam("month") String month, @QueryParam("group") String group) {
        YearMonth of = RechargeViews.month(month);
        if (group != null && !org.guildhall.platform.tenant.entity.TenantGroup.CODE.matcher(group).matches()) {
            throw Inputs.invalid("group", "Name a tenant group by its code, or leave it out for every tenant");
        }
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        for (Recharges.Approved a : recharges.approve(of, group)) {
            var outcome = Json.createObjectBuilder().add("tenant", a.tenant()).add("total", a.total().toString()).add("status", a.status());
            if (a.failure() != null) {
                outcome.add("failure", a.failure());
            }
            outcomes.add(outcome);
        }
        return Json.createObjectBuilder().add("month", of.toString()).add("outcomes", outcomes).build();
    }

}

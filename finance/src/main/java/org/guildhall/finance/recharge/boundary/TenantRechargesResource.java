package org.guildhall.finance.recharge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import org.guildhall.finance.recharge.control.Recharges;
import org.guildhall.finance.recharge.control.Statement;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.control.Tenants;

/**
 * A tenant's recharge statement of a month (TENANT_ADMIN, FINANCE): JSON, or with {@code Accept} .xlsx or PDF the same
 * as a workbook or a tagged document; with its approval when the centre has approved the month. 409 before the
 * measures job has kept the month's usage.
 */
@Path("tenants/{tenant}/recharges/{month}")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.TENANT_ADMIN, TenantRole.FINANCE})
public class TenantRechargesResource {

    @Inject
    Recharges recharges;

    @Inject
    TenantSession session;

    @Inject
    Tenants tenants;

    @GET
    public JsonObject statement(@PathParam("month") String month) {
        YearMonth of = RechargeViews.month(month);
        String tenant = session.current();
        return RechargeViews.json(tenant, of, recharges.statement(tenant, of), recharges.approved(of).get(tenant)).build();
    }

    @GET
    @Produces(Workbooks.MEDIA_TYPE + ";qs=0.9")
    public Response workbook(@PathParam("month") String month) {
        YearMonth of = RechargeViews.month(month);
        Statement statement = recharges.statement(session.current(), of);
        var sheet = Workbooks.sheet("Recharge " + of, List.of("What was used", "How many", "Price each", "Amount"), rows -> {
            for (Statement.Line line : statement.lines()) {
                rows.row().text(RechargeViews.words(line.unit()));
                rows.text(String.valueOf(line.quantity()));
                rows.text(line.price().toPlainString());
                rows.amount(line.amount());
            }
            rows.row().text("Usage");
            rows.text("");
            rows.text("");
            rows.amount(statement.usage());
            rows.row().text("To the monthly minimum");
            rows.text("");
            rows.text("");
            rows.amount(statement.minimumTopUp());
            rows.row().text("Total");
            rows.text("");
            rows.text("");
            rows.amount(statement.total());
        });
        return Response.ok(sheet, Workbooks.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"recharge-" + of + ".xlsx\"").build();
    }

    @GET
    @Produces("application/pdf;qs=0.9")
    public Response pdf(@PathParam("month") String month) {
        YearMonth of = RechargeViews.month(month);
        String tenant = session.current();
        Statement statement = recharges.statement(tenant, of);
        String centre = java.util.Optional.ofNullable(recharges.priceList().centre()).flatMap(tenants::find).map(t -> t.name())
                .orElse("the shared service centre");
        byte[] pdf = RechargeViews.pdf(tenants.find(tenant).map(t -> t.name()).orElse(tenant), centre, of, statement);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"recharge-" + of + ".pdf\"").build();
    }
}

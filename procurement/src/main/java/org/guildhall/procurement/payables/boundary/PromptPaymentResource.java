package org.guildhall.procurement.payables.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;
import org.guildhall.procurement.payables.control.Invoices;
import org.guildhall.procurement.payables.control.PromptPayment;

/** The prompt-payment measure of a period, {@code ?from=&to=}, for finance and audit; shares as percentage strings. */
@Path("tenants/{tenant}/prompt-payment")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.AUDITOR})
public class PromptPaymentResource {

    @Inject
    Invoices invoices;

    @Inject
    org.guildhall.procurement.purchasing.control.PurchaseOrders orders;

    /**
     * The payments compliance notice as a workbook, item by item in the order regulation 38(2) of the Procurement
     * Regulations 2024 lists them: the authority, the period, the days and shares of sums paid in it, the share of sums
     * payable in it not paid within it, and the approval statement, left for the officer responsible for finances to
     * sign; then this product's further measures (5 days, within 30 days, interest owed). JSON stays the default: a
     * caller who accepts anything gets the measure, never a workbook by chance.
     */
    @GET
    @Produces(Workbooks.MEDIA_TYPE + ";qs=0.9")
    public Response notice(@QueryParam("from") String from, @QueryParam("to") String to) {
        PromptPayment.Measure m = invoices.promptPayment(from == null ? null : Inputs.date("from", from), to == null ? null : Inputs.date("to", to));
        String authority = orders.buyer();
        StreamingOutput workbook = Workbooks.sheet("Payments compliance", List.of("Regulation 38(2)", "Item", "Value"), rows -> {
            rows.row().text("(a)");
            rows.text("Contracting authority");
            rows.text(authority);
            rows.row().text("(b)");
            rows.text("First day of the reporting period");
            rows.text(from);
            rows.row().text("(b)");
            rows.text("Last day of the reporting period");
            rows.text(to);
            rows.row().text("(c)(i)");
            rows.text("Average number of days taken to pay, day 1 being the day after the invoice day");
            rows.text(m.averageDaysToPay());
            rows.row().text("(c)(ii)(aa)");
            rows.text("Percentage of payments made within days 1 to 30");
            rows.text(m.paidIn1To30());
            rows.row().text("(c)(ii)(bb)");
            rows.text("Percentage of payments made within days 31 to 60");
            rows.text(m.paidIn31To60());
            rows.row().text("(c)(ii)(cc)");
            rows.text("Percentage of payments made on or after day 61");
            rows.text(m.paidOver60());
            rows.row().text("(d)");
            rows.text("Percentage of sums that became payable in the period not paid within it");
            rows.text(m.dueButUnpaid());
            rows.row().text("(e)");
            rows.text("Approval by the officer responsible for the authority's finances: name, job title, statement");
            rows.text("");
            rows.row();
            rows.row().text("");
            rows.text("Payments made in the period (count)");
            rows.text(String.valueOf(m.invoices()));
            rows.row().text("");
            rows.text("Percentage paid within 5 days");
            rows.text(m.paidWithin5Days());
            rows.row().text("");
            rows.text("Late-payment interest and compensation owed (£)");
            rows.amount(m.lateInterestOwed());
        });
        return Response.ok(workbook, Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"payments-compliance-" + from + "-to-" + to + ".xlsx\"").build();
    }

    @GET
    public JsonObject measure(@QueryParam("from") String from, @QueryParam("to") String to) {
        PromptPayment.Measure m = invoices.promptPayment(from == null ? null : Inputs.date("from", from), to == null ? null : Inputs.date("to", to));
        return Json.createObjectBuilder().add("from", from).add("to", to).add("invoices", m.invoices())
                .add("paidWithin5Days", m.paidWithin5Days()).add("paidWithin30Days", m.paidWithin30Days())
                .add("averageDaysToPay", m.averageDaysToPay()).add("paidIn1To30", m.paidIn1To30()).add("paidIn31To60", m.paidIn31To60())
                .add("paidOver60", m.paidOver60()).add("dueButUnpaid", m.dueButUnpaid()).add("lateInterestOwed", m.lateInterestOwed().toString())
                .build();
    }
}

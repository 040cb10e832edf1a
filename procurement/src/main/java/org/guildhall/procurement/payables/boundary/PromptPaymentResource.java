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

package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Centre agents over HTTP: a tenant's admin grants an operator AP_CLERK for a time; the operator then sees that
 * tenant's invoice exceptions (and no other's) in one list read tenant by tenant, and works them at the tenant's own
 * address, audited under the operator's name; revoked, the operator is a stranger there again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreAgentsIT {

    @ArquillianResource
    URL base;

    /** An invoice 50.00 over its order's price: an exception; answers its id. */
    private static long exception(InvoicesIT.Payables p, String number) {
        long order = p.order(1);
        p.receive(order, 1);
        JsonObject invoice = p.entered(order, number, 1, "400.00", "480.00");
        assertEquals("EXCEPTION", invoice.getString("status"), invoice.toString());
        return invoice.getJsonNumber("id").longValue();
    }

    @Test
    void anAgentWorksTheQueuesOfTheTenantsThatGrantedItAndNoOthers() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        InvoicesIT.Payables granting = InvoicesIT.Payables.of(fixtures, "agenta");
        InvoicesIT.Payables other = InvoicesIT.Payables.of(fixtures, "agentb");
        long waiting = exception(granting, "AG-1");
        long elsewhere = exception(other, "AG-2");
        String a = granting.b().tenant();
        Api admin = fixtures.adminOf(a);
        String grants = "api/v1/tenants/" + a + "/agent-grants";

        assertProblem(operator.get(granting.b().path("invoices/" + waiting)), 404);
        // nor can an operator give itself a way in as a member, past the admin's consent
        assertProblem(operator.post("api/v1/tenants/" + a + "/users", "{\"username\": \"operator\", \"displayName\": \"Operator\", "
                + "\"roles\": [\"AP_CLERK\"]}"), 409);
        assertProblem(operator.get(granting.b().path("invoices/" + waiting)), 404);
        assertProblem(admin.post(grants, "{\"username\": \"operator\", \"role\": \"TENANT_ADMIN\", \"hours\": 8, \"reason\": \"x\"}"), 400);
        assertProblem(admin.post(grants, "{\"username\": \"admin-of-" + a + "\", \"role\": \"AP_CLERK\", \"hours\": 8, \"reason\": \"x\"}"), 400);
        assertProblem(admin.post(grants, "{\"username\": \"operator\", \"role\": \"AP_CLERK\", \"hours\": 0, \"reason\": \"x\"}"), 400);
        assertProblem(granting.b().clerk().post(grants, "{\"username\": \"operator\", \"role\": \"AP_CLERK\", \"hours\": 8, \"reason\": \"x\"}"), 403);
        Api.Reply granted = admin.post(grants, "{\"username\": \"operator\", \"role\": \"AP_CLERK\", \"hours\": 8, \"reason\": \"Month-end backlog\"}");
        assertEquals(201, granted.status(), granted.toString());
        long grant = granted.json().getJsonNumber("id").longValue();
        assertTrue(granted.json().getBoolean("active"));

        JsonObject queue = operator.get("api/v1/agent/invoice-exceptions").json();
        assertTrue(queue.getJsonArray("tenants").toString().contains("\"" + a + "\""), queue.toString());
        List<JsonObject> items = queue.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(i -> i.getString("tenant").equals(a) && i.getJsonNumber("invoice").longValue() == waiting), queue.toString());
        assertTrue(items.stream().noneMatch(i -> i.getString("tenant").equals(other.b().tenant())), "only the granting tenant's: " + queue);
        assertTrue(items.stream().filter(i -> i.getString("tenant").equals(a)).findFirst().orElseThrow().getJsonArray("reasons").toString()
                .contains("PRICE_OVER_TOLERANCE"));

        // the agent works it at the tenant's own address, as AP_CLERK, and the tenant's chain says who
        Api.Reply held = operator.post(granting.b().path("invoices/" + waiting + "/hold"), "{\"reason\": \"Asked the supplier for a credit note\"}");
        assertEquals("ON_HOLD", held.json().getString("status"), held.toString());
        JsonObject event = admin.get("api/v1/tenants/" + a + "/audit?entity=SupplierInvoice&entityId=" + waiting).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(List.of("HOLD", "operator"), List.of(event.getString("action"), event.getString("actor")));
        assertProblem(operator.get(other.b().path("invoices/" + elsewhere)), 404);
        assertProblem(operator.get("api/v1/tenants/" + a + "/audit"), 403); // AP_CLERK only: no other role comes with the grant

        // another tenant's admin cannot touch the grant; the granting admin revokes it, and the operator is a stranger again
        assertProblem(fixtures.adminOf(other.b().tenant()).send("DELETE", "api/v1/tenants/" + other.b().tenant() + "/agent-grants/" + grant, null, null),
                404);
        Api.Reply revoked = admin.send("DELETE", grants + "/" + grant, null, null);
        assertEquals(false, revoked.json().getBoolean("active"), revoked.toString());
        assertProblem(admin.send("DELETE", grants + "/" + grant, null, null), 409);
        assertProblem(operator.get(granting.b().path("invoices/" + waiting)), 404);
        assertTrue(operator.get("api/v1/agent/invoice-exceptions").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("tenant").equals(a)));
        assertEquals(List.of("REVOKE", "GRANT"), admin.get("api/v1/tenants/" + a + "/audit?entity=AgentGrant").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
    }
}

package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant groups over HTTP: an operator makes one and puts tenants in it; the group's policy documents apply to every
 * member without its own, the API says which applies and where it comes from, and a member may make its own and drop
 * it again. The policy read is the one the features use: a group's stricter invoice tolerance queues an invoice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantGroupsIT {

    @ArquillianResource
    URL base;

    private static String source(JsonObject policy) {
        JsonObject source = policy.getJsonObject("source");
        return source.getString("from") + (source.containsKey("group") ? " " + source.getString("group") : "");
    }

    @Test
    void aGroupsPoliciesApplyToEveryMemberWithoutItsOwnAndTheApiSaysWhere() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String group = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply made = operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Department of Examples\"}");
        assertEquals(201, made.status(), made.toString());
        assertProblem(operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Again\"}"), 409);
        assertProblem(operator.post("api/v1/tenant-groups", "{\"code\": \"Bad Code\", \"name\": \"Bad\"}"), 400);
        assertProblem(operator.post("api/v1/tenants", "{\"code\": \"nogroup-" + group.substring(5) + "\", \"name\": \"X\", \"group\": \"no-such-group\"}"),
                400);

        // the group's purchasing policy: no price tolerance at all
        String groupPolicy = "api/v1/tenant-groups/" + group + "/policies/purchasing-policy";
        assertProblem(operator.send("PUT", "api/v1/tenant-groups/" + group + "/policies/no-such-policy", "{\"document\": {}}", "application/json"), 404);
        assertProblem(operator.send("PUT", groupPolicy, "{\"document\": {\"invoicePriceTolerance\": {\"percent\": \"lots\"}}}", "application/json"), 400);
        Api.Reply set = operator.send("PUT", groupPolicy, """
                {"document": {"receiptTolerancePercent": "0", "invoicePriceTolerance": {"percent": "0", "amount": "0.00"}}}""", "application/json");
        assertEquals(200, set.status(), set.toString());
        assertProblem(operator.send("PUT", groupPolicy, "{\"document\": {}}", "application/json"), 409); // no version: it exists now

        // a tenant onboarded into the group uses the group's; one onboarded before keeps its own until it drops it
        String agency = fixtures.onboard("agency");
        Api.Reply joined = operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + agency, null, null);
        assertEquals(200, joined.status(), joined.toString());
        assertEquals(List.of(agency), joined.json().getJsonArray("tenants").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        Api admin = fixtures.adminOf(agency);
        String own = "api/v1/tenants/" + agency + "/policies/purchasing-policy";
        assertEquals("TENANT", source(admin.get(own).json()));
        JsonObject inherited = admin.send("DELETE", own, null, null).json();
        assertEquals("GROUP " + group, source(inherited), inherited.toString());
        assertEquals("0", inherited.getJsonObject("document").getJsonObject("invoicePriceTolerance").getString("percent"));
        assertTrue(admin.get("api/v1/tenants/" + agency + "/policies").body().contains("\"purchasing-policy\""));

        // the member makes its own by replacing the group's (with the version it read), and drops it again
        Api.Reply overridden = admin.send("PUT", own, """
                {"version": %d, "document": {"receiptTolerancePercent": "5", "invoicePriceTolerance": {"percent": "2", "amount": "25.00"}}}"""
                .formatted(inherited.getJsonNumber("version").longValue()), "application/json");
        assertEquals(200, overridden.status(), overridden.toString());
        assertEquals("TENANT", source(overridden.json()));
        assertEquals("GROUP " + group, source(admin.send("DELETE", own, null, null).json()));
        // a policy the group does not hold stays the tenant's: every tenant needs one
        assertProblem(admin.send("DELETE", "api/v1/tenants/" + agency + "/policies/leave-policy", null, null), 409);

        // the audit chain of the tenant records the move and each change of source
        Api.Reply audit = admin.get("api/v1/tenants/" + agency + "/audit?entity=Policy");
        assertEquals(List.of("INHERIT", "OVERRIDE", "INHERIT"), audit.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList(), audit.toString());
        assertEquals("JOIN_GROUP", admin.get("api/v1/tenants/" + agency + "/audit?entity=Tenant").json().getJsonArray("items").getJsonObject(0)
                .getString("action"));

        // only operators keep groups
        assertProblem(admin.get("api/v1/tenant-groups"), 403);
        assertProblem(admin.send("PUT", groupPolicy, "{\"version\": 0, \"document\": {}}", "application/json"), 403);
        Api.Reply left = operator.send("DELETE", "api/v1/tenant-groups/" + group + "/members/" + agency, null, null);
        assertEquals(0, left.json().getJsonArray("tenants").size(), left.toString());
        // out of the group, the tenant keeps the group's document it was using, as its own
        JsonObject kept = admin.get(own).json();
        assertEquals("TENANT", source(kept), kept.toString());
        assertEquals("0.00", kept.getJsonObject("document").getJsonObject("invoicePriceTolerance").getString("amount"));
    }

    @Test
    void theGroupsStricterToleranceIsWhatMatchingUses() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String group = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Strict\"}").status());
        assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/policies/purchasing-policy", """
                {"document": {"receiptTolerancePercent": "0", "invoicePriceTolerance": {"percent": "0", "amount": "0.00"}}}""",
                "application/json").status());
        InvoicesIT.Payables p = InvoicesIT.Payables.of(fixtures, "grptol");
        String t = p.b().tenant();
        long order = p.order(2);
        p.receive(order, 1);
        // the tenant's own policy: 351.00 is within 2% and 25.00 of 350.00
        assertEquals("APPROVED", p.entered(order, "T-1", 1, "351.00", "421.20").getString("status"));
        assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + t, null, null).status());
        assertEquals(200, fixtures.adminOf(t).send("DELETE", "api/v1/tenants/" + t + "/policies/purchasing-policy", null, null).status());
        p.receive(order, 1);
        JsonObject strict = p.entered(order, "T-2", 1, "350.01", "420.01");
        assertEquals("EXCEPTION", strict.getString("status"), strict.toString());
        assertEquals("PRICE_OVER_TOLERANCE", strict.getJsonObject("match").getJsonArray("reasons").getJsonObject(0).getString("code"));
    }
}

package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A group's framework suppliers over HTTP: an operator adds one to the group's catalogue; every member sees it; each
 * member adopts it as a supplier of its own, once; a tenant outside the group sees none and can adopt none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkSuppliersIT {

    @ArquillianResource
    URL base;

    @Test
    void everyMemberSeesTheGroupsFrameworkSuppliersAndAdoptsThemAsItsOwn() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String group = "fw-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Framework buyers\"}").status());
        PurchasingIT.Buyers a = PurchasingIT.Buyers.of(fixtures, "fwa");
        PurchasingIT.Buyers b = PurchasingIT.Buyers.of(fixtures, "fwb");
        PurchasingIT.Buyers outside = PurchasingIT.Buyers.of(fixtures, "fwc");
        for (PurchasingIT.Buyers member : List.of(a, b)) {
            assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + member.tenant(), null, null).status());
        }
        String catalogue = "api/v1/tenant-groups/" + group + "/suppliers";
        Api.Reply bad = operator.post(catalogue, "{\"framework\": \"\", \"supplier\": {\"name\": \"\"}}");
        assertProblem(bad, 400);
        assertEquals(List.of("framework", "supplier.name"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).filter(f -> f.equals("framework") || f.equals("supplier.name")).toList());
        assertProblem(a.buyer().post(catalogue, "{\"framework\": \"X\", \"supplier\": {}}"), 403);
        Api.Reply added = operator.post(catalogue, """
                {"framework": "RM6100 Technology Services 3", "supplier": {"name": "Cloudy Services Ltd", "companyNumber": "09876543",
                 "address": "3 Vapour Way, Bristol, BS1 4DJ", "email": "gov@cloudy.example", "paymentTermsDays": 30, "sme": true}}""");
        assertEquals(201, added.status(), added.toString());
        long id = added.json().getJsonNumber("id").longValue();

        // both members see it; the tenant outside sees nothing
        for (PurchasingIT.Buyers member : List.of(a, b)) {
            Api.Reply listed = member.clerk().get(member.path("framework-suppliers"));
            assertEquals(200, listed.status(), listed.toString());
            assertEquals(true, listed.body().contains("Cloudy Services Ltd") && listed.body().contains("RM6100"), listed.body());
        }
        assertEquals("[]", outside.clerk().get(outside.path("framework-suppliers")).body());
        assertProblem(outside.buyer().post(outside.path("framework-suppliers/" + id + "/adoption"), null), 404);

        // adopting makes the member's own supplier, once; each member has its own
        assertProblem(a.clerk().post(a.path("framework-suppliers/" + id + "/adoption"), null), 403);
        Api.Reply adopted = a.buyer().post(a.path("framework-suppliers/" + id + "/adoption"), null);
        assertEquals(201, adopted.status(), adopted.toString());
        long supplier = adopted.json().getJsonNumber("id").longValue();
        assertEquals(List.of("Cloudy Services Ltd", "09876543"), List.of(adopted.json().getString("name"), adopted.json().getString("companyNumber")));
        Api.Reply again = a.buyer().post(a.path("framework-suppliers/" + id + "/adoption"), null);
        assertEquals(200, again.status());
        assertEquals(supplier, again.json().getJsonNumber("id").longValue());
        assertEquals("Cloudy Services Ltd", a.buyer().get(a.path("suppliers/" + supplier)).json().getString("name"));
        assertEquals(true, a.clerk().get(a.path("framework-suppliers")).body().contains("\"adoptedAs\":" + supplier));
        Api.Reply theirs = b.buyer().post(b.path("framework-suppliers/" + id + "/adoption"), null);
        assertEquals(201, theirs.status(), theirs.toString());
        assertProblem(b.buyer().get(b.path("suppliers/" + supplier)), 404); // a's supplier is a's alone
        assertNotEquals(0, theirs.json().getJsonNumber("id").longValue());
    }
}

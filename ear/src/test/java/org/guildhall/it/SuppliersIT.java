package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suppliers over HTTP: checked fields, no duplicate by company number, VAT number or bank account, and bank details
 * changed only by an AP clerk after a call back to contact details on file, confirmed by another, masked and audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuppliersIT {

    static final String ACME = """
            {"name": "Acme Office Supplies Ltd", "companyNumber": "01234567", "vatNumber": "GB 999 9999 73",
             "address": {"lines": ["1 High Street", "Leeds"], "postcode": "ls1 4ap"}, "email": "accounts@acme.example",
             "phone": "0113 496 0000", "sme": true}""";

    @ArquillianResource
    URL base;

    record Buyers(String tenant, Api procurement, Api clerk, Api otherClerk, Api admin) {

        static Buyers of(Fixtures fixtures, String prefix) {
            String t = fixtures.onboard(prefix);
            return new Buyers(t, fixtures.userIn(t, "buyer-" + t, "PROCUREMENT"), fixtures.userIn(t, "clerk-" + t, "AP_CLERK"),
                    fixtures.userIn(t, "clerk2-" + t, "AP_CLERK"), fixtures.adminOf(t));
        }

        String path(String rest) {
            return "api/v1/tenants/" + tenant + "/" + rest;
        }
    }

    @Test
    void aSupplierIsCheckedAndNeverAddedTwiceByCompanyOrVatNumber() {
        Buyers b = Buyers.of(new Fixtures(base), "suppliers");
        Api.Reply made = b.procurement().post(b.path("suppliers"), ACME);
        assertEquals(201, made.status(), made.toString());
        JsonObject acme = made.json();
        long id = acme.getJsonNumber("id").longValue();
        assertTrue(made.header("Location").endsWith("/suppliers/" + id), made.toString());
        assertEquals("GB999999973", acme.getString("vatNumber"));
        assertEquals("LS1 4AP", acme.getJsonObject("address").getString("postcode"));
        assertEquals(30, acme.getInt("paymentTermsDays"));
        assertTrue(acme.getBoolean("sme"));
        assertEquals(acme, b.clerk().get(b.path("suppliers/" + id)).json());

        Api.Reply sameCompany = b.procurement().post(b.path("suppliers"), """
                {"name": "Acme Trading", "companyNumber": "01234567", "address": "2 Low Street, York", "email": "a@b.example"}""");
        assertProblem(sameCompany, 409);
        assertEquals("Supplier " + id + " (Acme Office Supplies Ltd) already has company number 01234567.", sameCompany.json().getString("detail"));
        Api.Reply sameVat = b.clerk().post(b.path("suppliers"), """
                {"name": "Acme Trading", "vatNumber": "gb999999973", "address": "2 Low Street, York", "email": "a@b.example"}""");
        assertProblem(sameVat, 409);
        assertTrue(sameVat.json().getString("detail").contains("Supplier " + id + " "), sameVat.toString());

        Api.Reply bad = b.procurement().post(b.path("suppliers"), """
                {"name": "", "companyNumber": "123", "vatNumber": "GB999999974", "address": {"lines": []}, "email": "nobody",
                 "phone": "call me", "paymentTermsDays": 365}""");
        assertProblem(bad, 400);
        assertEquals(List.of("name", "companyNumber", "vatNumber", "address", "email", "phone", "paymentTermsDays"),
                bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertEquals(403, b.admin().post(b.path("suppliers"), ACME).status(), "a tenant admin does not buy");

        Api.Reply list = b.clerk().get(b.path("suppliers"));
        assertEquals(1, list.json().getJsonArray("items").size(), list.toString());
    }

    @Test
    void bankDetailsNeedACallBackOnFileAnotherClerksConfirmationAndAreNeverOnTwoSuppliers() {
        Buyers b = Buyers.of(new Fixtures(base), "supplierbank");
        long acme = b.procurement().post(b.path("suppliers"), ACME).json().getJsonNumber("id").longValue();
        long other = b.procurement().post(b.path("suppliers"), """
                {"name": "Other Ltd", "address": "3 Side Street, Hull", "email": "pay@other.example"}""").json().getJsonNumber("id").longValue();
        String account = """
                {"sortCode": "30-94-30", "accountNumber": "31926819", "accountName": "ACME OFFICE",
                 "verification": {"method": "CALL_BACK", "contact": "%s", "note": "Spoke to J Smith, finance, who read the details back"}}""";
        String bank = b.path("suppliers/" + acme + "/bank-account");

        assertEquals(403, b.procurement().send("PUT", bank, account.formatted("0113 496 0000"), "application/json").status(),
                "only accounts payable clerks change bank details");
        Api.Reply strangerNumber = b.clerk().send("PUT", bank, account.formatted("0113 496 9999"), "application/json");
        assertProblem(strangerNumber, 422);
        assertTrue(strangerNumber.json().getString("detail").contains("already on their record"), strangerNumber.toString());
        Api.Reply noCheck = b.clerk().send("PUT", bank, """
                {"sortCode": "30-94-30", "accountNumber": "31926819", "accountName": "ACME OFFICE"}""", "application/json");
        assertProblem(noCheck, 400);
        assertEquals(List.of("verification.method", "verification.contact", "verification.note"),
                noCheck.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertProblem(b.clerk().get(bank), 404);

        Api.Reply changed = b.clerk().send("PUT", bank, account.formatted("01134960000"), "application/json");
        assertEquals(200, changed.status(), changed.toString());
        JsonObject masked = changed.json();
        assertEquals("****6819", masked.getString("accountNumber"));
        assertEquals("**-**-**", masked.getString("sortCode"));
        assertEquals("AWAITING_CONFIRMATION", masked.getString("status"));
        assertTrue(masked.getBoolean("flagged"), "a change is flagged for 90 days");
        assertEquals(Instant.parse(masked.getString("changedAt")).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(90).toString(),
                masked.getString("flaggedUntil"));
        assertFalse(changed.body().contains("31926819") || changed.body().contains("309430"), changed.body());

        Api.Reply twice = b.clerk().send("PUT", b.path("suppliers/" + other + "/bank-account"),
                account.formatted("pay@other.example").replace("ACME OFFICE", "OTHER LTD"), "application/json");
        assertProblem(twice, 409);
        assertEquals("Supplier " + acme + " (Acme Office Supplies Ltd) is already paid into this bank account.", twice.json().getString("detail"));

        assertProblem(b.clerk().post(bank + "/confirm", null), 403);
        Api.Reply confirmed = b.otherClerk().post(bank + "/confirm", null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertEquals("clerk2-" + b.tenant(), confirmed.json().getString("confirmedBy"));
        assertProblem(b.otherClerk().post(bank + "/confirm", null), 409);

        Api.Reply audit = b.admin().get(b.path("audit?entity=SupplierBankAccount&entityId=" + acme));
        assertEquals(200, audit.status(), audit.toString());
        assertEquals(List.of("CONFIRM", "CREATE"), audit.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
        assertFalse(audit.body().contains("31926819"), "the audit keeps the details masked: " + audit.body());
    }
}

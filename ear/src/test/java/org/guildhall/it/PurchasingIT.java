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
 * Requisitions to purchase orders over HTTP: the budget answer, approval by limit and never by the requester, over
 * budget only with a reason and then by the cost centre's budget holder, orders numbered without gaps, and the
 * commitments they make in finance's budget against actual, released by cancelling and closing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchasingIT {

    @ArquillianResource
    URL base;

    record Buyers(String tenant, Api buyer, Api holder, Api otherHolder, Api finance, Api clerk, long supplier) {

        /** A cost centre CC210 whose budget holder is holder-{tenant}, with 1,000.00 for IT (55200) in 2026-27. */
        static Buyers of(Fixtures fixtures, String prefix) {
            String t = fixtures.onboard(prefix);
            Api finance = fixtures.userIn(t, "finance-" + t, "FINANCE");
            assertEquals(201, finance.post("api/v1/tenants/" + t + "/cost-centres", """
                    {"code": "CC210", "name": "Digital", "parentCode": "CC200", "budgetHolder": "holder-%s"}""".formatted(t)).status());
            assertEquals(200, finance.send("PUT", "api/v1/tenants/" + t + "/budgets/2026",
                    "{\"lines\": [{\"costCentre\": \"CC210\", \"account\": \"55200\", \"amount\": \"1000.00\"}]}", "application/json").status());
            Api buyer = fixtures.userIn(t, "buyer-" + t, "PROCUREMENT");
            long supplier = buyer.post("api/v1/tenants/" + t + "/suppliers", """
                    {"name": "Byte Ltd", "address": "1 Chip Lane, Leeds", "email": "sales@byte.example"}""").json().getJsonNumber("id").longValue();
            return new Buyers(t, buyer, fixtures.userIn(t, "holder-" + t, "BUDGET_HOLDER"), fixtures.userIn(t, "holder2-" + t, "BUDGET_HOLDER"),
                    finance, fixtures.userIn(t, "clerk-" + t, "AP_CLERK"), supplier);
        }

        String path(String rest) {
            return "api/v1/tenants/" + tenant + "/" + rest;
        }

        /** A requisition of {@code quantity} laptops at 350.00 plus VAT for CC210, answering it. */
        JsonObject requisition(Api who, int quantity, String overBudgetReason) {
            Api.Reply made = who.post(path("requisitions"), """
                    {"supplier": %d, "lines": [{"description": "Laptop", "quantity": %d, "unitPrice": "350.00", "vat": "20",
                      "account": "55200", "costCentre": "CC210"}]%s}""".formatted(supplier, quantity,
                    overBudgetReason == null ? "" : ", \"overBudgetReason\": \"" + overBudgetReason + "\""));
            assertEquals(201, made.status(), made.toString());
            return made.json();
        }

        String commitments() {
            return finance.get(path("budget-vs-actual?fiscalYear=2026&period=12&costCentre=CC210")).structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("account").equals("55200"))
                    .map(r -> r.getString("commitments") + " " + r.getString("remaining")).findFirst().orElseThrow();
        }
    }

    @Test
    void aRequisitionWithinBudgetIsApprovedOnceBySomeoneElseAndCommitsItsOrder() throws Exception {
        Buyers b = Buyers.of(new Fixtures(base), "purchasing");
        // 2 x 350.00 = 700.00 net, 140.00 VAT: 1,000.00 budgeted, nothing spent or committed
        JsonObject raised = b.requisition(b.buyer(), 2, null);
        assertEquals("DRAFT", raised.getString("status"));
        assertEquals("840.00", raised.getString("total"));
        JsonObject budget = raised.getJsonObject("budget");
        assertEquals(List.of("1000.00", "300.00", "false"), List.of(budget.getString("available"), budget.getString("afterThis"),
                String.valueOf(budget.getBoolean("overBudget"))));
        long id = raised.getJsonNumber("id").longValue();
        String requisition = b.path("requisitions/" + id);

        assertProblem(b.holder().post(requisition + "/approve", null), 409); // not submitted yet
        assertEquals("SUBMITTED", b.buyer().post(requisition + "/submit", null).json().getString("status"));
        assertProblem(b.buyer().post(requisition + "/approve", null), 403);
        assertProblem(b.clerk().post(requisition + "/approve", null), 404);

        List<Integer> statuses = PayrollRunIT.race(b.holder(), b.otherHolder(), requisition + "/approve");
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "one approval wins: " + statuses);
        JsonObject approved = b.buyer().get(requisition).json();
        assertEquals("APPROVED", approved.getString("status"));
        String number = approved.getJsonObject("purchaseOrder").getString("number");
        assertTrue(number.matches("PO-20[0-9]{2}-000001"), number);
        JsonObject order = b.clerk().get(b.path("purchase-orders/" + approved.getJsonObject("purchaseOrder").getJsonNumber("id"))).json();
        assertEquals("OPEN", order.getString("status"));
        assertEquals("Laptop 2 350.00 0 0", order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("description") + " " + l.getString("quantity") + " " + l.getString("unitPrice") + " "
                        + l.getString("received") + " " + l.getString("invoiced")).findFirst().orElseThrow());
        assertEquals("700.00 300.00", b.commitments(), "the order's net is committed");
        Api.Download pdf = b.clerk().download(b.path("purchase-orders/" + order.getJsonNumber("id")), "Accept", "application/pdf");
        assertEquals(200, pdf.status(), pdf.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged for screen readers");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("Purchase order " + number, "To Byte Ltd, 1 Chip Lane, Leeds", "Quote " + number + " on your invoice",
                    "1 Laptop 2 £350.00 20% £700.00", "Net £700.00", "VAT £140.00", "Total £840.00")) {
                assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
            }
        }

        // one more at 350.00 is over the 300.00 left: submitted with a reason, and turned down
        JsonObject rejected = b.requisition(b.buyer(), 1, "A replacement for a broken one");
        String other = b.path("requisitions/" + rejected.getJsonNumber("id"));
        assertEquals(200, b.buyer().post(other + "/submit", null).status());
        assertProblem(b.holder().send("POST", other + "/reject", "{}", "application/json"), 400);
        assertEquals("REJECTED", b.holder().send("POST", other + "/reject", "{\"reason\": \"Use the laptop pool\"}", "application/json")
                .json().getString("status"));
        assertEquals("700.00 300.00", b.commitments(), "a rejection commits nothing");
    }

    @Test
    void overBudgetNeedsAReasonAndTheBudgetHolderAndOrdersReleaseWhatTheyCommitWhenCancelledOrClosed() {
        Buyers b = Buyers.of(new Fixtures(base), "overbudget");
        long first = b.requisition(b.buyer(), 2, null).getJsonNumber("id").longValue();
        b.buyer().post(b.path("requisitions/" + first + "/submit"), null);
        long firstOrder = b.otherHolder().post(b.path("requisitions/" + first + "/approve"), null).json().getJsonObject("purchaseOrder")
                .getJsonNumber("id").longValue();

        // 2 more laptops: 700.00 against the 300.00 left
        JsonObject unexplained = b.requisition(b.buyer(), 2, null);
        assertEquals("-400.00", unexplained.getJsonObject("budget").getString("afterThis"));
        assertTrue(unexplained.getJsonObject("budget").getBoolean("overBudget"));
        assertProblem(b.buyer().post(b.path("requisitions/" + unexplained.getJsonNumber("id") + "/submit"), null), 422);

        long second = b.requisition(b.buyer(), 2, "Two new starters in January").getJsonNumber("id").longValue();
        String requisition = b.path("requisitions/" + second);
        assertEquals("SUBMITTED", b.buyer().post(requisition + "/submit", null).json().getString("status"));
        Api.Reply notTheHolder = b.otherHolder().post(requisition + "/approve", null);
        assertProblem(notTheHolder, 403);
        assertTrue(notTheHolder.json().getString("detail").contains("holder-" + b.tenant()), notTheHolder.toString());
        JsonObject approved = b.holder().post(requisition + "/approve", null).json();
        assertTrue(approved.getJsonObject("purchaseOrder").getString("number").endsWith("-000002"), "no gap for the refused attempt: " + approved);
        assertEquals("1400.00 -400.00", b.commitments());

        String cancel = b.path("purchase-orders/" + firstOrder + "/cancel");
        assertEquals(403, b.clerk().post(cancel, null).status());
        assertEquals("CANCELLED", b.buyer().post(cancel, null).json().getString("status"));
        assertProblem(b.buyer().post(cancel, null), 409);
        assertEquals("700.00 300.00", b.commitments(), "cancelling released the first order's 700.00");
        long secondOrder = approved.getJsonObject("purchaseOrder").getJsonNumber("id").longValue();
        assertEquals("CLOSED", b.buyer().post(b.path("purchase-orders/" + secondOrder + "/close"), null).json().getString("status"));
        assertEquals("0.00 1000.00", b.commitments());
    }

    /** An approved order for {@code quantity} laptops at 350.00 (net 350.00 each committed), answering its id. */
    static long order(Buyers b, int quantity) {
        long requisition = b.requisition(b.buyer(), quantity, null).getJsonNumber("id").longValue();
        assertEquals(200, b.buyer().post(b.path("requisitions/" + requisition + "/submit"), null).status());
        return b.holder().post(b.path("requisitions/" + requisition + "/approve"), null).json().getJsonObject("purchaseOrder")
                .getJsonNumber("id").longValue();
    }

    static String receipt(String quantity) {
        return "{\"date\": \"2026-11-20\", \"lines\": [{\"line\": 1, \"quantity\": " + quantity + "}]}";
    }

    @Test
    void receiptsMayBePartNeverBeyondTheToleranceAccrueGrniAndTheBudgetCountsEachPoundOnce() throws Exception {
        Buyers b = Buyers.of(new Fixtures(base), "receipts");
        long order = order(b, 2);
        String receipts = b.path("purchase-orders/" + order + "/receipts");
        assertProblem(b.clerk().post(receipts, receipt("1")), 404); // neither its requester nor a buyer
        Api.Reply bad = b.buyer().post(receipts, "{\"date\": \"soon\", \"lines\": [{\"line\": 9, \"quantity\": 1}]}");
        assertProblem(bad, 400);

        Api.Reply first = b.buyer().post(receipts, receipt("1"));
        assertEquals(201, first.status(), first.toString());
        assertEquals("350.00", first.json().getString("value"));
        assertEquals("PARTLY_RECEIVED", first.json().getJsonObject("purchaseOrder").getString("status"));
        JsonObject journal = b.finance().get(b.path("journals/" + first.json().getJsonNumber("journalId"))).json();
        assertEquals(List.of("55200 CC210 debit 350.00", "21050 - credit 350.00"), journal.getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("account") + " " + l.getString("costCentre", "-") + " "
                        + (l.containsKey("debit") && !l.isNull("debit") ? "debit " + l.getString("debit") : "credit " + l.getString("credit"))).toList());
        assertEquals("350.00 300.00", b.commitments(), "received: actual 350.00 and still committed 350.00, never both");

        // 5% tolerance: at most 2.1 of the 2 ordered
        Api.Reply tooMany = b.buyer().post(receipts, receipt("1.2"));
        assertProblem(tooMany, 422);
        assertTrue(tooMany.json().getString("detail").contains("(2.1)"), tooMany.toString());
        List<Integer> racing = Fixtures.atOnce(() -> b.buyer().post(receipts, receipt("1")).status(),
                () -> b.buyer().post(receipts, receipt("1")).status());
        // the order is held while a receipt is recorded: the second finds it RECEIVED
        assertEquals(List.of(201, 409), racing.stream().sorted().toList(), "the last unit is received once: " + racing);
        JsonObject received = b.clerk().get(b.path("purchase-orders/" + order)).json();
        assertEquals("RECEIVED", received.getString("status"));
        assertEquals("2", received.getJsonArray("lines").getJsonObject(0).getString("received"));
        assertEquals("0.00 300.00", b.commitments());
        assertProblem(b.buyer().post(receipts, receipt("0.1")), 409);
        assertProblem(b.buyer().post(b.path("purchase-orders/" + order + "/cancel"), null), 409);
        assertEquals("CLOSED", b.buyer().post(b.path("purchase-orders/" + order + "/close"), null).json().getString("status"));
    }

    @Test
    void afterAPartReceiptCancellingTheRestLeavesTheBudgetAsWorkedByHand() {
        Buyers b = Buyers.of(new Fixtures(base), "cancelrest");
        long order = order(b, 2);
        assertEquals("700.00 300.00", b.commitments());
        assertEquals(201, b.buyer().post(b.path("purchase-orders/" + order + "/receipts"), receipt("1")).status());
        assertEquals("CANCELLED", b.buyer().post(b.path("purchase-orders/" + order + "/cancel"), null).json().getString("status"));
        // 1,000.00 budgeted, one laptop of 350.00 received (actual), nothing committed: 650.00 left
        assertEquals("0.00 650.00", b.commitments());
    }

    @Test
    void aRequisitionIsCheckedLineByLineAndSeenOnlyByItsRequesterAndThoseWhoOverseeBuying() {
        Fixtures fixtures = new Fixtures(base);
        Buyers b = Buyers.of(fixtures, "reqcheck");
        Api.Reply bad = b.buyer().post(b.path("requisitions"), """
                {"supplier": %d, "lines": [{"description": "", "quantity": 0, "unitPrice": "1.00", "vat": "17.5", "account": "14000",
                  "costCentre": "NOPE"}]}""".formatted(b.supplier()));
        assertProblem(bad, 400);
        assertEquals(List.of("lines[0].description", "lines[0].quantity", "lines[0].vat", "lines[0].account", "lines[0].costCentre"),
                bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertProblem(b.buyer().post(b.path("requisitions"), "{\"lines\": []}"), 400);
        assertProblem(b.buyer().post(b.path("requisitions"), "{\"supplier\": 999999999, \"lines\": [{\"description\": \"Pen\", \"quantity\": 1, "
                + "\"unitPrice\": \"1.00\", \"account\": \"55200\", \"costCentre\": \"CC210\"}]}"), 404);

        Api someone = fixtures.userIn(b.tenant(), "someone-" + b.tenant(), "EMPLOYEE");
        JsonObject mine = b.requisition(someone, 1, null);
        assertEquals(200, someone.get(b.path("requisitions/" + mine.getJsonNumber("id"))).status());
        long theirs = b.requisition(b.buyer(), 1, null).getJsonNumber("id").longValue();
        assertProblem(someone.get(b.path("requisitions/" + theirs)), 404);
        assertEquals(1, someone.get(b.path("requisitions")).json().getJsonArray("items").size());
        assertEquals(2, b.holder().get(b.path("requisitions")).json().getJsonArray("items").size());
    }
}

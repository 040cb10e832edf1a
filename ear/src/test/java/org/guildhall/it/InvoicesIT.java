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
 * Supplier invoices over HTTP: matched three ways as they arrive, approved and posted with no one touching them when
 * they match, and otherwise queued with each reason ({code, line, expected, actual}) until goods arrive, someone
 * accepts the variance by limit, or they are rejected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicesIT {

    @ArquillianResource
    URL base;

    /**
     * The purchasing fixture, its budget for IT raised to 100,000.00 so no order is over it, with two AP clerks (one
     * enters invoices, the other resolves what the first entered).
     */
    record Payables(PurchasingIT.Buyers b, Api clerk2) {

        static Payables of(Fixtures fixtures, String prefix) {
            PurchasingIT.Buyers b = PurchasingIT.Buyers.of(fixtures, prefix);
            assertEquals(200, b.finance().send("PUT", b.path("budgets/2026"),
                    "{\"lines\": [{\"costCentre\": \"CC210\", \"account\": \"55200\", \"amount\": \"100000.00\"}]}", "application/json").status());
            return new Payables(b, fixtures.userIn(b.tenant(), "clerk2-" + b.tenant(), "AP_CLERK"));
        }

        /** An approved order for {@code quantity} laptops at 350.00 plus VAT; answers its id. */
        long order(int quantity) {
            long requisition = b.requisition(b.buyer(), quantity, null).getJsonNumber("id").longValue();
            assertEquals(200, b.buyer().post(b.path("requisitions/" + requisition + "/submit"), null).status());
            return b.holder().post(b.path("requisitions/" + requisition + "/approve"), null).json().getJsonObject("purchaseOrder")
                    .getJsonNumber("id").longValue();
        }

        void receive(long order, int quantity) {
            Api.Reply received = b.buyer().post(b.path("purchase-orders/" + order + "/receipts"),
                    "{\"date\": \"2026-11-12\", \"lines\": [{\"line\": 1, \"quantity\": " + quantity + "}]}");
            assertEquals(201, received.status(), received.toString());
        }

        Api.Reply invoice(long order, String number, int quantity, String unitPrice, String total) {
            return b.clerk().post(b.path("invoices"), """
                    {"supplier": %d, "invoiceNumber": "%s", "invoiceDate": "2026-11-09", "receivedDate": "2026-11-10", "purchaseOrder": %d,
                     "lines": [{"poLine": 1, "quantity": %d, "unitPrice": "%s", "vat": "20"}], "total": "%s"}"""
                    .formatted(b.supplier(), number, order, quantity, unitPrice, total));
        }

        JsonObject entered(long order, String number, int quantity, String unitPrice, String total) {
            Api.Reply reply = invoice(order, number, quantity, unitPrice, total);
            assertEquals(201, reply.status(), reply.toString());
            return reply.json();
        }

        String trialBalanceLine(String account) {
            JsonObject tb = b.finance().get(b.path("trial-balance?fiscalYear=2026&period=8")).json();
            JsonObject totals = tb.getJsonObject("totals");
            assertEquals(totals.getString("debit"), totals.getString("credit"), "the ledger balances: " + tb);
            return LedgerIT.line(tb, account, "debit") + " " + LedgerIT.line(tb, account, "credit");
        }
    }

    private static List<String> reasons(JsonObject invoice) {
        return invoice.getJsonObject("match").getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("code") + (r.containsKey("line") ? " " + r.getInt("line") : "") + ": " + r.getString("expected")
                        + " / " + r.getString("actual")).toList();
    }

    @Test
    void anInvoiceWithinToleranceIsApprovedAndPostedWithNoOneTouchingItClearingGrni() {
        Payables p = Payables.of(new Fixtures(base), "invmatch");
        long order = p.order(2);
        p.receive(order, 2);
        // 2 x 352.00 = 704.00: 4.00 over the order's 700.00, within 2% (14.00) and 25.00; VAT 140.80
        JsonObject invoice = p.entered(order, "INV-1001", 2, "352.00", "844.80");
        assertEquals("APPROVED", invoice.getString("status"), invoice.toString());
        assertEquals(List.of(), reasons(invoice));
        assertEquals("2026-12-10", invoice.getString("dueDate"), "30 days' terms from the day it was received");
        assertTrue(invoice.containsKey("journalId"));
        // GRNI: 700.00 credited at receipt and debited by the invoice; the 4.00 variance is actual on the expense account
        assertEquals("700.00 700.00", p.trialBalanceLine("21050"));
        assertEquals("844.80", LedgerIT.line(p.b().finance().get(p.b().path("trial-balance?fiscalYear=2026&period=8")).json(), "21000", "credit"));
        assertEquals("0.00 99296.00", p.b().commitments(), "nothing still committed; 704.00 spent of 100,000.00");
        JsonObject po = p.b().clerk().get(p.b().path("purchase-orders/" + order)).json();
        assertEquals("2", po.getJsonArray("lines").getJsonObject(0).getString("invoiced"));

        // the same number written differently, and a second invoice for goods already invoiced
        JsonObject again = p.entered(order, "inv 1001", 1, "350.00", "420.00");
        assertEquals("EXCEPTION", again.getString("status"));
        assertEquals(List.of("QUANTITY_OVER_RECEIVED 1: at most 0 / 1", "SUSPECTED_DUPLICATE: no other invoice with this number, or this "
                + "amount and date / invoice " + invoice.getJsonNumber("id") + " (INV-1001, 844.80, 2026-11-09)"), reasons(again));
    }

    @Test
    void eachExceptionWaitsWithItsReasonsUntilGoodsArriveOrSomeoneResolvesIt() {
        Payables p = Payables.of(new Fixtures(base), "invexc");
        long early = p.order(1);
        // invoiced before the goods come: it waits, then matches by itself when they arrive
        JsonObject waiting = p.entered(early, "E-1", 1, "350.00", "420.00");
        assertEquals(List.of("NOT_RECEIVED 1: 1 received / 0 received"), reasons(waiting));
        List<JsonObject> queue = p.b().clerk().get(p.b().path("invoice-exceptions")).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, queue.size());
        assertEquals(4, queue.get(0).getInt("ageInWorkingDays"), "received Tuesday 10 November, seen Monday 16th: 4 working days");
        assertEquals("420.00", queue.get(0).getString("amount"));
        p.receive(early, 1);
        JsonObject matched = p.b().clerk().get(p.b().path("invoices/" + waiting.getJsonNumber("id"))).json();
        assertEquals("APPROVED", matched.getString("status"), matched.toString());

        // a price over tolerance: 375.00 is 25.00 over 350.00, more than 2% of it (7.00)
        long dear = p.order(1);
        p.receive(dear, 1);
        JsonObject priced = p.entered(dear, "P-1", 1, "375.00", "450.00");
        assertEquals(List.of("PRICE_OVER_TOLERANCE 1: 350.00 / 375.00"), reasons(priced));
        String priceInvoice = p.b().path("invoices/" + priced.getJsonNumber("id"));
        assertProblem(p.b().clerk().post(priceInvoice + "/accept-variance", "{\"reason\": \"Agreed\"}"), 403);
        assertProblem(p.clerk2().post(priceInvoice + "/accept-variance", "{}"), 400);
        JsonObject accepted = p.clerk2().post(priceInvoice + "/accept-variance", "{\"reason\": \"Price rise agreed by phone\"}").json();
        assertEquals("APPROVED", accepted.getString("status"), accepted.toString());
        assertEquals("clerk2-" + p.b().tenant(), accepted.getString("decidedBy"));

        // more than received, held and released (still waiting), then the goods
        long part = p.order(2);
        p.receive(part, 1);
        JsonObject over = p.entered(part, "Q-1", 2, "350.00", "840.00");
        assertEquals(List.of("QUANTITY_OVER_RECEIVED 1: at most 1 / 2"), reasons(over));
        String overInvoice = p.b().path("invoices/" + over.getJsonNumber("id"));
        assertProblem(p.clerk2().post(overInvoice + "/accept-variance", "{\"reason\": \"Fine\"}"), 409);
        assertEquals("ON_HOLD", p.clerk2().post(overInvoice + "/hold", "{\"reason\": \"Asking the buyer\"}").json().getString("status"));
        assertEquals("EXCEPTION", p.clerk2().post(overInvoice + "/release", null).json().getString("status"));

        // a closed order: not accepted, rejected
        long closed = p.order(1);
        assertEquals(200, p.b().buyer().post(p.b().path("purchase-orders/" + closed + "/cancel"), null).status());
        JsonObject late = p.entered(closed, "C-1", 1, "350.00", "420.00");
        assertTrue(reasons(late).contains("ORDER_CLOSED: an open order / " + p.b().clerk().get(p.b().path("purchase-orders/" + closed)).json()
                .getString("number") + " CANCELLED"), reasons(late).toString());
        String lateInvoice = p.b().path("invoices/" + late.getJsonNumber("id"));
        assertProblem(p.clerk2().post(lateInvoice + "/accept-variance", "{\"reason\": \"Fine\"}"), 409);
        assertEquals("REJECTED", p.clerk2().post(lateInvoice + "/reject", "{\"reason\": \"The order was cancelled\"}").json().getString("status"));

        assertEquals(List.of("Q-1"), p.b().clerk().get(p.b().path("invoice-exceptions")).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("invoiceNumber")).toList());
        assertEquals("1", p.b().clerk().get(p.b().path("invoices?status=EXCEPTION")).json().getJsonNumber("total").toString());
    }

    @Test
    void newBankDetailsAreAnExceptionAndBadInvoicesChangeNothing() {
        Payables p = Payables.of(new Fixtures(base), "invbank");
        long order = p.order(1);
        p.receive(order, 1);
        Api.Reply unbalanced = p.invoice(order, "B-1", 1, "350.00", "425.00");
        assertProblem(unbalanced, 422);
        assertTrue(unbalanced.json().getString("detail").contains("is not its lines' net 350.00 plus VAT 70.00"), unbalanced.toString());
        Api.Reply bad = p.b().clerk().post(p.b().path("invoices"), """
                {"supplier": %d, "invoiceNumber": " ", "invoiceDate": "2026-11-09", "receivedDate": "2026-11-01", "purchaseOrder": %d,
                 "lines": [{"poLine": 7, "quantity": 0, "unitPrice": "350.00", "vat": "17"}], "total": "420.00"}"""
                .formatted(p.b().supplier(), order));
        assertProblem(bad, 400);
        assertEquals(List.of("invoiceNumber", "receivedDate", "lines[0].quantity", "lines[0].vat"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        Api.Reply valid = p.invoice(order, "B-1", 1, "350.00", "420.00");
        assertEquals("APPROVED", valid.json().getString("status"), valid.toString());
        assertEquals(1, p.b().clerk().get(p.b().path("invoices")).json().getJsonNumber("total").intValue(), "nothing kept of the refused ones");

        assertEquals(200, p.b().clerk().send("PUT", p.b().path("suppliers/" + p.b().supplier() + "/bank-account"), """
                {"sortCode": "30-94-30", "accountNumber": "31926819", "accountName": "BYTE LTD",
                 "verification": {"method": "CALL_BACK", "contact": "sales@byte.example", "note": "Emailed the address on file; they confirmed"}}""",
                "application/json").status());
        long second = p.order(2);
        p.receive(second, 2);
        JsonObject flagged = p.entered(second, "B-2", 2, "350.00", "840.00");
        assertEquals(List.of("BANK_DETAILS_CHANGED: bank details unchanged for 90 days / changed " + Fixtures.today()), reasons(flagged));
        String invoice = p.b().path("invoices/" + flagged.getJsonNumber("id"));
        assertEquals("APPROVED", p.clerk2().post(invoice + "/accept-variance", "{\"reason\": \"Bank change confirmed by call back\"}")
                .json().getString("status"));
        // an approved invoice held (a payment run leaves it out) and released is approved again, posted once
        assertEquals("ON_HOLD", p.b().holder().post(invoice + "/hold", "{\"reason\": \"Query on delivery\"}").json().getString("status"));
        assertProblem(p.clerk2().post(invoice + "/reject", "{\"reason\": \"No\"}"), 409);
        JsonObject released = p.clerk2().post(invoice + "/release", null).json();
        assertEquals("APPROVED", released.getString("status"));
        assertTrue(!flagged.containsKey("journalId"), "an exception is not posted");
        assertTrue(released.containsKey("journalId"));
    }

    /** The PEPPOL BIS Billing 3.0 invoice procurement's unit tests read, with its blanks filled. */
    private static String ubl(String order, String price, String payable) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../procurement/src/test/resources/payables/peppol-invoice.xml"))
                .replace("{{order}}", order).replace("{{vat}}", "GB980780684").replace("{{price}}", price).replace("{{payable}}", payable);
    }

    @Test
    void aPeppolUblInvoiceMatchesAndMalformedOrHostileDocumentsAreRefusedByPath() throws Exception {
        Payables p = Payables.of(new Fixtures(base), "invubl");
        long order = p.order(2);
        p.receive(order, 2);
        String number = p.b().clerk().get(p.b().path("purchase-orders/" + order)).json().getString("number");
        Api clerk = p.b().clerk();

        Api.Reply malformed = clerk.send("POST", p.b().path("invoices"), ubl(number, "350,00", "840.00"), "application/xml");
        assertProblem(malformed, 400);
        assertEquals(List.of("/Invoice/cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount"), malformed.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        Api.Reply xxe = clerk.send("POST", p.b().path("invoices"), """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&secret;</Invoice>""", "application/xml");
        assertProblem(xxe, 400);
        assertTrue(!xxe.body().contains("root:"), xxe.body());
        Api.Reply unknownOrder = clerk.send("POST", p.b().path("invoices"), ubl("PO-1999-000001", "350.00", "840.00"), "application/xml");
        assertProblem(unknownOrder, 400);
        assertEquals(0, clerk.get(p.b().path("invoices")).json().getJsonNumber("total").intValue(), "nothing kept of the refused documents");

        Api.Reply taken = clerk.send("POST", p.b().path("invoices"), ubl(number, "350.00", "840.00"), "application/xml");
        assertEquals(201, taken.status(), taken.toString());
        JsonObject invoice = taken.json();
        assertEquals(List.of("UBL-7", "APPROVED", "2026-11-12", Fixtures.today().toString(), "840.00"), List.of(invoice.getString("invoiceNumber"),
                invoice.getString("status"), invoice.getString("invoiceDate"), invoice.getString("receivedDate"), invoice.getString("total")));
    }

    @Test
    void anXlsxBatchIsAllOrNothingWithEveryBadCellListedAndADryRunSaysHowEachWouldFare() throws Exception {
        Payables p = Payables.of(new Fixtures(base), "invxlsx");
        long order = p.order(2);
        p.receive(order, 2);
        String number = p.b().clerk().get(p.b().path("purchase-orders/" + order)).json().getString("number");
        String supplier = String.valueOf(p.b().supplier());
        List<String> headers = List.of("Supplier", "InvoiceNumber", "InvoiceDate", "ReceivedDate", "PurchaseOrder", "PoLine", "Quantity",
                "UnitPrice", "Vat", "Total");
        // X-1 in two rows of one laptop each; X-2 with a quantity that is not a number and a VAT rate that does not exist
        List<String> first = List.of(supplier, "X-1", "2026-11-09", "2026-11-10", number, "1", "1", "350.00", "20", "840.00");
        List<String> second = List.of(supplier, "X-1", "2026-11-09", "2026-11-10", number, "1", "1", "350.00", "20", "840.00");
        List<String> bad = List.of(supplier, "X-2", "2026-11-09", "2026-11-10", number, "1", "two", "350.00", "17", "420.00");
        String path = p.b().path("invoices/import");

        Api.Reply dry = p.b().clerk().sendBytes("POST", path + "?dryRun=true", PayrollRunIT.workbook("Invoices", headers, List.of(first, second)),
                PayrollRunIT.XLSX);
        assertEquals(200, dry.status(), dry.toString());
        assertEquals(List.of("true", "1", "2", "{\"APPROVED\":1}"), List.of(String.valueOf(dry.json().getBoolean("valid")),
                String.valueOf(dry.json().getInt("invoices")), String.valueOf(dry.json().getInt("rows")), dry.json().getJsonObject("statuses").toString()));
        assertEquals(0, p.b().clerk().get(p.b().path("invoices")).json().getJsonNumber("total").intValue(), "a dry run keeps nothing");

        byte[] mixed = PayrollRunIT.workbook("Invoices", headers, List.of(first, second, bad));
        Api.Reply refused = p.b().clerk().sendBytes("POST", path, mixed, PayrollRunIT.XLSX);
        assertProblem(refused, 400);
        assertEquals(List.of("4 Quantity", "4 Vat"), refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column")).toList(), refused.toString());
        assertEquals(0, p.b().clerk().get(p.b().path("invoices")).json().getJsonNumber("total").intValue(), "all or nothing");
        assertEquals("0", p.b().clerk().get(p.b().path("purchase-orders/" + order)).json().getJsonArray("lines").getJsonObject(0).getString("invoiced"));

        // X-9 after X-1 in the same sheet: X-1's amount and date, and X-1 has billed both laptops received
        List<String> again = List.of(supplier, "X-9", "2026-11-09", "2026-11-10", number, "1", "2", "350.00", "20", "840.00");
        Api.Reply loaded = p.b().clerk().sendBytes("POST", path, PayrollRunIT.workbook("Invoices", headers, List.of(first, second, again)),
                PayrollRunIT.XLSX);
        assertEquals(200, loaded.status(), loaded.toString());
        assertEquals("{\"APPROVED\":1,\"EXCEPTION\":1}", loaded.json().getJsonObject("statuses").toString());
        List<JsonObject> items = p.b().clerk().get(p.b().path("invoices")).json().getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject invoice = items.get(1);
        assertEquals(List.of("X-1", "APPROVED", "840.00"), List.of(invoice.getString("invoiceNumber"), invoice.getString("status"), invoice.getString("total")));
        assertEquals(List.of("QUANTITY_OVER_RECEIVED 1: at most 0 / 2", "SUSPECTED_DUPLICATE: no other invoice with this number, or this amount and "
                + "date / invoice " + invoice.getJsonNumber("id") + " (X-1, 840.00, 2026-11-09)"), reasons(items.get(0)), items.get(0).toString());
        assertEquals("2", p.b().clerk().get(p.b().path("purchase-orders/" + order)).json().getJsonArray("lines").getJsonObject(0).getString("invoiced"));
        // the batch's journal clears GRNI and owes the supplier X-1's total; the ledger balances; the audit chain holds
        assertEquals("700.00 700.00", p.trialBalanceLine("21050"));
        assertEquals("0.00 840.00", p.trialBalanceLine("21000"));
        JsonObject chain = new Fixtures(base).adminOf(p.b().tenant()).get(p.b().path("audit/verification")).json();
        assertTrue(chain.getBoolean("valid"), chain.toString());
        assertEquals(2, new Fixtures(base).adminOf(p.b().tenant()).get(p.b().path("audit?entity=SupplierInvoice")).json().getInt("total"));

        // without an order, a row names what it is and where it is charged, in the optional columns, and waits for a budget holder
        List<String> coded = new java.util.ArrayList<>(headers);
        coded.addAll(List.of("Description", "Account", "CostCentre"));
        List<String> plumber = List.of(supplier, "S-9", "2026-11-09", "2026-11-10", "", "", "1", "100.00", "20", "120.00", "Emergency plumber",
                "55200", "CC210");
        List<String> uncoded = List.of(supplier, "S-10", "2026-11-09", "2026-11-10", "", "", "1", "90.00", "20", "108.00", "", "99999", "CC210");
        Api.Reply unplaced = p.b().clerk().sendBytes("POST", path, PayrollRunIT.workbook("Invoices", coded, List.of(plumber, uncoded)), PayrollRunIT.XLSX);
        assertProblem(unplaced, 400);
        assertEquals(List.of("3 Account", "3 Description"), unplaced.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column")).sorted().toList(), unplaced.toString());
        Api.Reply placed = p.b().clerk().sendBytes("POST", path, PayrollRunIT.workbook("Invoices", coded, List.of(plumber)), PayrollRunIT.XLSX);
        assertEquals("{\"EXCEPTION\":1}", placed.json().getJsonObject("statuses").toString(), placed.toString());
        JsonObject queued = p.b().clerk().get(p.b().path("invoices")).json().getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("NO_PURCHASE_ORDER: a purchase order, or a budget holder's approval / no order"), reasons(queued));
        assertEquals("Emergency plumber", p.b().clerk().get(p.b().path("invoices/" + queued.getJsonNumber("id"))).json().getJsonArray("lines")
                .getJsonObject(0).getString("description"));
    }

    @Test
    void anInvoiceWithoutAnOrderIsChargedWhereItSaysOnceABudgetHolderApprovesIt() {
        Payables p = Payables.of(new Fixtures(base), "invnopo");
        String invoices = p.b().path("invoices");
        Api.Reply unplaced = p.b().clerk().post(invoices, """
                {"supplier": %d, "invoiceNumber": "S-1", "invoiceDate": "2026-11-09", "receivedDate": "2026-11-10",
                 "lines": [{"quantity": 1, "unitPrice": "100.00", "vat": "20", "account": "99999"}], "total": "120.00"}"""
                .formatted(p.b().supplier()));
        assertProblem(unplaced, 400);
        assertEquals(List.of("lines[0].account", "lines[0].costCentre", "lines[0].description"), unplaced.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());

        JsonObject invoice = p.b().clerk().post(invoices, """
                {"supplier": %d, "invoiceNumber": "S-1", "invoiceDate": "2026-11-09", "receivedDate": "2026-11-10",
                 "lines": [{"description": "Emergency plumber", "quantity": 1, "unitPrice": "100.00", "vat": "20", "account": "55200",
                   "costCentre": "CC210"}], "total": "120.00"}""".formatted(p.b().supplier())).json();
        assertEquals(List.of("NO_PURCHASE_ORDER: a purchase order, or a budget holder's approval / no order"), reasons(invoice));
        String path = invoices + "/" + invoice.getJsonNumber("id");
        Api.Reply clerk = p.clerk2().post(path + "/accept-variance", "{\"reason\": \"Urgent repair\"}");
        assertProblem(clerk, 403);
        assertTrue(clerk.json().getString("detail").contains("BUDGET_HOLDER"), clerk.toString());
        JsonObject approved = p.b().holder().post(path + "/accept-variance", "{\"reason\": \"Urgent repair, agreed\"}").json();
        assertEquals("APPROVED", approved.getString("status"), approved.toString());
        // charged to IT in CC210: 100.00 actual against the 100,000.00 budget, nothing committed
        assertEquals("0.00 99900.00", p.b().commitments());
    }
}

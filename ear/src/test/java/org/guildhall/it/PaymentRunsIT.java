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
 * Payment runs over HTTP: the approved invoices due by the pay date, with those on hold and those of suppliers without
 * confirmed bank details left out and said why; two runs racing for one invoice pay it once; approval by an AP approver
 * who neither prepared the run nor changed a paid supplier's bank details; the journal and the BACS file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentRunsIT {

    @ArquillianResource
    URL base;

    @Test
    void aRunPaysEachApprovedInvoiceOnceLeavingOutHeldInvoicesAndUnconfirmedSuppliers() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        InvoicesIT.Payables p = InvoicesIT.Payables.of(fixtures, "payrun");
        PurchasingIT.Buyers b = p.b();
        String t = b.tenant();
        // a clerk who may also approve runs changes Byte Ltd's bank details; the other clerk confirms them
        Api both = fixtures.userIn(t, "both-" + t, "AP_CLERK", "AP_APPROVER");
        Api approver = fixtures.userIn(t, "approver-" + t, "AP_APPROVER");
        Api approver2 = fixtures.userIn(t, "approver2-" + t, "AP_APPROVER");
        bankDetails(b, both, p.clerk2());

        long first = p.order(2);
        p.receive(first, 2);
        long paid = approve(p, p.entered(first, "A-1", 2, "350.00", "840.00"));
        long second = p.order(1);
        p.receive(second, 1);
        long held = approve(p, p.entered(second, "A-2", 1, "350.00", "420.00"));
        assertEquals("ON_HOLD", p.clerk2().post(b.path("invoices/" + held + "/hold"), "{\"reason\": \"Disputed delivery\"}").json()
                .getString("status"));
        // a second supplier with no bank details at all
        long nobank = b.buyer().post(b.path("suppliers"), """
                {"name": "Nobank Ltd", "address": "2 Field Road, York", "email": "sales@nobank.example"}""").json().getJsonNumber("id").longValue();
        long requisition = b.buyer().post(b.path("requisitions"), """
                {"supplier": %d, "lines": [{"description": "Chair", "quantity": 1, "unitPrice": "100.00", "vat": "20", "account": "55200",
                  "costCentre": "CC210"}]}""".formatted(nobank)).json().getJsonNumber("id").longValue();
        b.buyer().post(b.path("requisitions/" + requisition + "/submit"), null);
        long third = b.holder().post(b.path("requisitions/" + requisition + "/approve"), null).json().getJsonObject("purchaseOrder")
                .getJsonNumber("id").longValue();
        p.receive(third, 1);
        JsonObject unpaid = b.clerk().post(b.path("invoices"), """
                {"supplier": %d, "invoiceNumber": "N-1", "invoiceDate": "2026-11-09", "receivedDate": "2026-11-10", "purchaseOrder": %d,
                 "lines": [{"poLine": 1, "quantity": 1, "unitPrice": "100.00"}], "total": "120.00"}""".formatted(nobank, third)).json();
        assertEquals("APPROVED", unpaid.getString("status"), unpaid.toString());

        assertProblem(b.clerk().post(b.path("payment-runs"), "{\"payDate\": \"2026-12-12\"}"), 400); // a Saturday
        String run = "{\"payDate\": \"2026-12-10\"}";
        List<Api.Reply> proposed = Fixtures.atOnce(() -> b.clerk().post(b.path("payment-runs"), run), () -> p.clerk2().post(b.path("payment-runs"), run));
        assertEquals(List.of(201, 201), proposed.stream().map(Api.Reply::status).toList(), proposed.toString());
        List<JsonObject> runs = proposed.stream().map(Api.Reply::json).sorted(java.util.Comparator.comparing(r -> r.getInt("invoices"))).toList();
        assertEquals(List.of("0 0.00", "1 840.00"), runs.stream().map(r -> r.getInt("invoices") + " " + r.getString("total")).toList(),
                "one run takes the invoice, the other nothing");
        JsonObject taken = runs.get(1);
        assertEquals(List.of("A-2 On hold: Disputed delivery", "N-1 The supplier has no bank details"),
                taken.getJsonArray("leftOut").getValuesAs(JsonObject.class).stream().map(l -> l.getString("invoiceNumber") + " " + l.getString("reason"))
                        .sorted().toList());
        String path = b.path("payment-runs/" + taken.getJsonNumber("id"));

        assertProblem(b.clerk().post(path + "/approve", null), 403);
        Api.Reply changer = both.post(path + "/approve", null);
        assertProblem(changer, 403);
        assertTrue(changer.json().getString("detail").contains("changed the bank details of supplier " + b.supplier()), changer.toString());
        List<Integer> statuses = PayrollRunIT.race(approver, approver2, path + "/approve");
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "one approval wins: " + statuses);
        JsonObject approved = approver.get(path).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("840.00", approved.getJsonArray("payees").getJsonObject(0).getString("amount"));
        assertEquals("PAID", b.clerk().get(b.path("invoices/" + paid)).json().getString("status"));
        assertEquals("ON_HOLD", b.clerk().get(b.path("invoices/" + held)).json().getString("status"));
        JsonObject tb = b.finance().get(b.path("trial-balance?fiscalYear=2026&period=9")).json();
        assertEquals("840.00", LedgerIT.line(tb, "21000", "debit"), "trade payables paid on 10 December: " + tb);
        assertEquals("840.00", LedgerIT.line(tb, "14000", "credit"));

        // A-1 paid 30 days after it was received; N-1 due on the 10th and unpaid (A-2, on hold, is disputed: not counted)
        JsonObject measure = b.finance().get(b.path("prompt-payment?from=2026-12-01&to=2026-12-10")).json();
        assertEquals(List.of("1", "0.0", "100.0", "30.0", "100.0", "0.0", "0.0", "50.0", "0.00"), List.of(String.valueOf(measure.getInt("invoices")),
                measure.getString("paidWithin5Days"), measure.getString("paidWithin30Days"), measure.getString("averageDaysToPay"),
                measure.getString("paidIn1To30"), measure.getString("paidIn31To60"), measure.getString("paidOver60"), measure.getString("dueButUnpaid"),
                measure.getString("lateInterestOwed")), measure.toString());
        assertProblem(b.finance().get(b.path("prompt-payment?to=2026-12-10")), 400);
        Api.Download notice = b.finance().download(b.path("prompt-payment?from=2026-12-01&to=2026-12-10"), "Accept", PayrollRunIT.XLSX);
        assertEquals(200, notice.status(), notice.toString());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(notice.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Payments compliance");
            java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1) != null && row.getCell(2) != null
                        && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    items.put(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue());
                }
            }
            assertEquals("Agency " + t, items.get("(a) Contracting authority"));
            assertEquals("30.0", items.get("(c)(i) Average number of days taken to pay, day 1 being the day after the invoice day"));
            assertEquals("100.0", items.get("(c)(ii)(aa) Percentage of payments made within days 1 to 30"));
            assertEquals("50.0", items.get("(d) Percentage of sums that became payable in the period not paid within it"), items.toString());
        }
        assertProblem(b.clerk().get(b.path("prompt-payment?from=2026-12-01&to=2026-12-10")), 403);

        // the remittance advice for the supplier paid; none for one the run did not pay
        Api.Download remittance = b.clerk().download(path + "/remittances/" + b.supplier());
        assertEquals(200, remittance.status(), remittance.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(remittance.body())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged for screen readers");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("Remittance advice", "to Byte Ltd", "We are paying you £840.00 by BACS on 10 December 2026, into your "
                    + "account ending 6819", "A-1 9 November 2026 £840.00", "Total £840.00")) {
                assertTrue(text.replaceAll("\\s+", " ").contains(expected), "'" + expected + "' in\n" + text);
            }
        }
        assertProblem(b.clerk().get(path + "/remittances/" + nobank), 404);

        String bacs = path + "/bacs";
        assertProblem(approver.get(bacs), 422); // no SUPPLIERS payment account yet
        assertEquals(200, b.finance().send("PUT", b.path("payment-accounts/SUPPLIERS"), """
                {"sortCode": "20-00-00", "accountNumber": "55779911", "accountName": "DEPT OF EXAMPLES", "serviceUserNumber": "123456"}""",
                "application/json").status());
        Api.Reply file = approver.get(bacs);
        assertEquals(200, file.status(), file.toString());
        List<String> lines = List.of(file.body().split("\r\n"));
        assertEquals(List.of("VOL1", "HDR1", "HDR2", "UHL1"), lines.subList(0, 4).stream().map(l -> l.substring(0, 4)).toList());
        PayrollBacsIT.Payment credit = PayrollBacsIT.Payment.of(lines.get(4));
        assertEquals(List.of("309430", "31926819", "99", "200000", "55779911", "84000", "REMITTANCE PR" + taken.getJsonNumber("id"), "BYTE LTD"),
                List.of(credit.sortCode(), credit.account(), credit.code(), credit.fromSortCode(), credit.fromAccount(), String.valueOf(credit.pence()),
                        credit.reference(), credit.name()));
        PayrollBacsIT.Payment contra = PayrollBacsIT.Payment.of(lines.get(5));
        assertEquals(List.of("17", "84000"), List.of(contra.code(), String.valueOf(contra.pence())));
    }

    @Test
    void creditNotesAreNettedNeverPayingBelowNothingAndEachSupplierPaidIsEmailedItsRemittance() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        InvoicesIT.Payables p = InvoicesIT.Payables.of(fixtures, "credit");
        PurchasingIT.Buyers b = p.b();
        String t = b.tenant();
        Api approver = fixtures.userIn(t, "approver-" + t, "AP_APPROVER");
        bankDetails(b, b.clerk(), p.clerk2());
        long order = p.order(3);
        p.receive(order, 3);
        long a1 = approve(p, p.entered(order, "A-1", 2, "350.00", "840.00"));
        long a2 = approve(p, p.entered(order, "A-2", 1, "350.00", "420.00"));

        Api.Reply cn1 = b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "CN-1", "100.00", "120.00"));
        assertEquals(201, cn1.status(), cn1.toString());
        assertEquals(List.of("CREDIT_NOTE", "APPROVED", String.valueOf(a1), "2026-11-12"), List.of(cn1.json().getString("type"),
                cn1.json().getString("status"), cn1.json().get("credits").toString(), cn1.json().getString("dueDate")), "approved as it arrives");
        assertEquals("120.00 1260.00", p.trialBalanceLine("21000"), "DR trade payables by the credit note, CR by the two invoices");
        // refusals: more than is left of A-1 (840.00 less 120.00), the same number again, no invoice named, a credit note named, a bad type
        Api.Reply tooMuch = b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "CN-2", "600.10", "720.12"));
        assertProblem(tooMuch, 422);
        assertTrue(tooMuch.json().getString("detail").contains("less 120.00 already credited, is 720.00"), tooMuch.toString());
        assertProblem(b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "cn 1", "1.00", "1.20")), 409);
        assertProblem(b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "CN-3", "1.00", "1.20").replace("\"credits\"", "\"creditz\"")), 400);
        long cn1Id = cn1.json().getJsonNumber("id").longValue();
        assertProblem(b.clerk().post(b.path("invoices"), creditNote(cn1Id, b.supplier(), "CN-3", "1.00", "1.20")), 400);
        assertProblem(b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "CN-3", "1.00", "1.20").replace("CREDIT_NOTE", "REFUND")), 400);
        long cn2 = b.clerk().post(b.path("invoices"), creditNote(a1, b.supplier(), "CN-2", "500.00", "600.00")).json().getJsonNumber("id").longValue();

        // A-1 on hold: the run owes 420.00, takes CN-1 (120.00) and carries CN-2 (600.00), which would make it negative
        assertEquals("ON_HOLD", p.clerk2().post(b.path("invoices/" + a1 + "/hold"), "{\"reason\": \"Query on delivery\"}").json().getString("status"));
        Api.Reply proposed = b.clerk().post(b.path("payment-runs"), "{\"payDate\": \"2026-12-10\"}");
        assertEquals(201, proposed.status(), proposed.toString());
        assertEquals("2 300.00", proposed.json().getInt("invoices") + " " + proposed.json().getString("total"));
        assertEquals(List.of("A-1 On hold: Query on delivery", "CN-2 Credit note carried to a later run: the supplier is owed 300.00 in this one, "
                + "less than its 600.00"), proposed.json().getJsonArray("leftOut").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("invoiceNumber") + " " + l.getString("reason")).sorted().toList());
        long run = proposed.json().getJsonNumber("id").longValue();
        JsonObject approved = approver.post(b.path("payment-runs/" + run + "/approve"), null).json();
        assertEquals("APPROVED", approved.getString("status"), approved.toString());
        JsonObject payee = approved.getJsonArray("payees").getJsonObject(0);
        assertEquals("300.00 [\"A-2\",\"CN-1\"]", payee.getString("amount") + " " + payee.getJsonArray("invoices"));
        assertEquals(List.of("PAID", "PAID", "APPROVED"), java.util.stream.LongStream.of(a2, cn1Id, cn2)
                .mapToObj(id -> b.clerk().get(b.path("invoices/" + id)).json().getString("status")).toList());
        JsonObject tb = b.finance().get(b.path("trial-balance?fiscalYear=2026&period=9")).json();
        assertEquals("300.00 300.00", LedgerIT.line(tb, "21000", "debit") + " " + LedgerIT.line(tb, "14000", "credit"), tb.toString());

        // the remittance advice arrives by email (SMTP is set for these tests), the PDF listing the credit note
        String subject = ": payment run " + run;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo("sales@byte.example").stream()
                .anyMatch(m -> subjectOf(m).endsWith(subject)));
        jakarta.mail.internet.MimeMessage mail = TestMailServer.messagesTo("sales@byte.example").stream().filter(m -> subjectOf(m).endsWith(subject))
                .findFirst().orElseThrow();
        assertTrue(subjectOf(mail).contains(t), subjectOf(mail));
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        assertEquals("remittance-run-" + run + "-supplier-" + b.supplier() + ".pdf", parts.getBodyPart(1).getFileName());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("We are paying you £300.00 by BACS on 10 December 2026", "A-2 9 November 2026 £420.00",
                    "CN-1 12 November 2026 -£120.00", "Total £300.00")) {
                assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
            }
        }

        // a run whose only invoice is held after it was proposed: the credit note no longer fits, so nothing is left to pay
        assertEquals("APPROVED", p.clerk2().post(b.path("invoices/" + a1 + "/release"), null).json().getString("status"));
        Api.Reply second = b.clerk().post(b.path("payment-runs"), "{\"payDate\": \"2026-12-11\"}");
        assertEquals("2 240.00", second.json().getInt("invoices") + " " + second.json().getString("total"), second.toString());
        assertEquals("ON_HOLD", p.clerk2().post(b.path("invoices/" + a1 + "/hold"), "{\"reason\": \"Query again\"}").json().getString("status"));
        assertProblem(approver.post(b.path("payment-runs/" + second.json().getJsonNumber("id") + "/approve"), null), 422);
        assertEquals("APPROVED", b.clerk().get(b.path("invoices/" + cn2)).json().getString("status"));
    }

    /** Byte Ltd's bank details, changed by {@code changer} and confirmed by {@code confirmer}. */
    static void bankDetails(PurchasingIT.Buyers b, Api changer, Api confirmer) {
        assertEquals(200, changer.send("PUT", b.path("suppliers/" + b.supplier() + "/bank-account"), """
                {"sortCode": "30-94-30", "accountNumber": "31926819", "accountName": "BYTE LTD",
                 "verification": {"method": "CALL_BACK", "contact": "sales@byte.example", "note": "Emailed the address on file; they confirmed"}}""",
                "application/json").status());
        assertEquals(200, confirmer.post(b.path("suppliers/" + b.supplier() + "/bank-account/confirm"), null).status());
    }

    private static String creditNote(long credits, long supplier, String number, String unitPrice, String total) {
        return """
                {"type": "CREDIT_NOTE", "credits": %d, "supplier": %d, "invoiceNumber": "%s", "invoiceDate": "2026-11-12", "receivedDate": "2026-11-12",
                 "lines": [{"poLine": 1, "quantity": 1, "unitPrice": "%s", "vat": "20"}], "total": "%s"}""".formatted(credits, supplier, number,
                unitPrice, total);
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts the new-bank-details exception of an invoice (entered by the first clerk) as the second; answers its id. */
    static long approve(InvoicesIT.Payables p, JsonObject invoice) {
        long id = invoice.getJsonNumber("id").longValue();
        assertEquals(List.of("BANK_DETAILS_CHANGED"), invoice.getJsonObject("match").getJsonArray("reasons").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("code")).toList());
        assertEquals("APPROVED", p.clerk2().post(p.b().path("invoices/" + id + "/accept-variance"), "{\"reason\": \"Details confirmed by call back\"}")
                .json().getString("status"));
        return id;
    }
}

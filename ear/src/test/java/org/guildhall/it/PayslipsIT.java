package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Payslips people can read: the JSON with what Employment Rights Act s.8 asks for, the same payslip as a tagged PDF,
 * only ever to the employee (never their line manager) and payroll admins; a whole run's PDFs in one ZIP; and the
 * employee's own pages in Chromium without JavaScript, checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayslipsIT {

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeReadsTheirOwnApprovedPayslipAsJsonAndAsAPdfAndNobodyElseDoes() throws IOException {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "slip");
        p.ready("M1", "E1", "E2", "E3");
        long run = p.run(8);
        assertEquals(201, p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"E1\", \"kind\": \"OVERTIME\", \"hours\": \"7.5\", \"rate\": \"21.3333\", \"description\": \"Weekend cover\"}").status());
        p.calculate(run);
        String mine = p.path("employees/E1/payslips/" + run);
        assertProblem(p.team().as("E1").get(mine), 404);
        assertEquals("[]", p.team().as("E1").get(p.path("employees/E1/payslips")).body(), "nothing before approval");

        // a calculated run's payslips, all of them, for the payroll admin to check before approval
        String zip = p.path("payroll-runs/" + run + "/payslips.zip");
        assertProblem(p.approver().get(zip), 403);
        Map<String, String> pdfs = unzip(p.admin().download(zip));
        assertEquals(List.of("payslip-E1-2026-11-30.pdf", "payslip-E2-2026-11-30.pdf", "payslip-E3-2026-11-30.pdf", "payslip-M1-2026-11-30.pdf"),
                List.copyOf(pdfs.keySet()));
        for (String number : List.of("E1", "E2", "E3", "M1")) {
            String text = pdfs.get("payslip-" + number + "-2026-11-30.pdf");
            assertTrue(text.contains("Net pay " + pounds(p.payslip(run, number).getString("net"))), number + ":\n" + text);
            assertTrue(text.contains("number " + number), text);
        }

        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        Api.Reply own = p.team().as("E1").get(mine);
        assertEquals(200, own.status(), own.toString());
        JsonObject slip = own.json();
        assertEquals("******02A", slip.getString("niNumber"), "only the NI number's last three characters");
        assertEquals("A", slip.getString("niCategory"));
        assertEquals("1257L", slip.getString("taxCode"));
        assertEquals("2026-11-30", slip.getString("payDate"));
        JsonObject period = slip.getJsonObject("period");
        assertEquals(List.of("2026-27", 8, "MONTHLY", "2026-11-01", "2026-11-30"), List.of(period.getString("taxYear"), period.getInt("number"),
                period.getString("frequency"), period.getString("start"), period.getString("end")));
        assertFalse(slip.getString("employer").isBlank());
        JsonObject overtime = slip.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("OVERTIME")).findFirst().orElseThrow();
        assertEquals(List.of("7.5", "21.3333", "160.00"), List.of(overtime.getString("hours"), overtime.getString("rate"), overtime.getString("amount")));
        assertEquals(slip.getString("net"), p.payslip(run, "E1").getString("net"));
        BigDecimal lines = slip.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> new BigDecimal(l.getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(slip.getString("net")), lines, "the lines, paid less taken off, come to the net pay");

        Api.Download pdf = p.team().as("E1").download(mine, "Accept", "application/pdf");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"), pdf.header("Content-Type"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Weekend cover") && text.contains("7.5 £21.3333 £160.00"), text);
            assertTrue(text.contains("Net pay " + pounds(slip.getString("net"))), text);
            assertTrue(text.contains("Tax code 1257L"), text);
            assertFalse(text.contains("AB100002A"), "the NI number is masked");
        }
        assertTrue(p.team().as("E1").get(mine).header("Content-Type").startsWith("application/json"), "JSON unless a PDF is asked for");

        // nobody else: not the line manager, not a colleague; the payroll admin does
        assertProblem(p.team().as("M1").get(mine), 404);
        assertProblem(p.team().as("M1").get(p.path("employees/E1/payslips")), 404);
        assertEquals(404, p.team().as("E2").download(mine, "Accept", "application/pdf").status());
        assertEquals(200, p.admin().download(mine, "Accept", "application/pdf").status());

        // a run not calculated has nothing to download
        long draft = p.run(9);
        assertProblem(p.admin().get(p.path("payroll-runs/" + draft + "/payslips.zip")), 409);
    }

    @Test
    void theEmployeesPayslipPagesListShowAndDownloadTheirOwnWithoutJavaScript() throws IOException {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "slippage");
        p.ready("M1", "E1", "E2", "E3");
        long run = p.run(8);
        p.calculate(run);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        String net = pounds(p.payslip(run, "E1").getString("net"));
        String t = p.team().tenant();
        String list = "http://localhost:" + base.getPort() + "/payslips/" + t + "/";

        String erin;
        String morgan;
        ChromeDriver browser = Browser.start(false);
        try {
            Browser.signIn(browser, base, p.team().username("E1"));
            browser.get(list);
            assertTrue(browser.findElement(By.id("payslips")).getText().contains("30 November 2026"), browser.getPageSource());
            Browser.follow(browser, By.id("payslip-" + run));
            assertEquals(net, browser.findElement(By.id("net")).getText());
            assertTrue(browser.findElement(By.id("ni")).getText().endsWith("02A, category letter A"));
            assertFalse(browser.getPageSource().contains("AB100002A"));
            assertTrue(browser.findElement(By.id("download")).getAttribute("href").endsWith("/payslips/" + t + "/" + run + "/pdf"));
            erin = cookies(browser);
            Browser.signIn(browser, base, p.team().username("M1"));
            morgan = cookies(browser);
        } finally {
            browser.quit();
        }
        Api anonymous = Api.at(base);
        Api.Download pdf = anonymous.download("payslips/" + t + "/" + run + "/pdf", "Cookie", erin);
        assertEquals(200, pdf.status(), pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Net pay " + net));
        }
        // the manager's pages are their own payslips: there is no way to ask for a report's
        String managers = new String(anonymous.download("payslips/" + t + "/" + run, "Cookie", morgan).body(), StandardCharsets.UTF_8);
        assertTrue(managers.contains("Morgan Manager") && !managers.contains("Erin Employee"), managers);
        assertEquals(404, anonymous.download("payslips/" + t + "/999999", "Cookie", morgan).status());

        ChromeDriver axe = Browser.start(true);
        try {
            Browser.signIn(axe, base, p.team().username("E1"));
            for (String page : List.of(list, list + run)) {
                axe.get(page);
                Browser.assertAccessible(axe, "payslip pages: " + page);
            }
        } finally {
            axe.quit();
        }
    }

    @Test
    void aLeaverGetsAP45WithTheirFiguresToDateOnceTheRunPayingThemToTheirLeavingDateIsApproved() throws IOException {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "leaver");
        p.ready("M1", "E1", "E3");
        p.bankDetails("E2");
        p.profile("E2", "{\"taxCode\": \"1257L M1\", \"niCategory\": \"A\", \"studentLoanPlans\": [\"PLAN_2\"]}");
        JsonObject eli = p.team().hr().get(p.path("employees/E2")).json();
        assertEquals(200, p.team().hr().send("PATCH", p.path("employees/E2"), "{\"endDate\": \"2026-11-13\", \"version\": "
                + eli.getJsonNumber("version") + "}", "application/json").status());
        String p45 = p.path("employees/E2/p45");
        assertProblem(p.team().as("E2").get(p45), 409);

        String references = p.path("paye-reference");
        assertProblem(p.admin().get(references), 404);
        Api.Reply bad = p.admin().send("PUT", references, """
                {"taxOfficeNumber": "12", "taxOfficeReference": "AB 456", "accountsOfficeReference": "123PA0001234"}""", "application/json");
        assertProblem(bad, 400);
        assertTrue(bad.body().contains("taxOfficeNumber") && bad.body().contains("taxOfficeReference") && bad.body().contains("accountsOfficeReference"), bad.toString());
        assertProblem(p.team().as("E2").send("PUT", references, """
                {"taxOfficeNumber": "123", "taxOfficeReference": "AB456", "accountsOfficeReference": "123PA00012345"}""", "application/json"), 403);

        long run = p.run(8);
        p.calculate(run);
        assertProblem(p.team().as("E2").get(p45), 409);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        assertProblem(p.team().as("E2").get(p45), 422);
        Api.Reply set = p.admin().send("PUT", references, """
                {"taxOfficeNumber": "123", "taxOfficeReference": "ab456", "accountsOfficeReference": "123PA00012345"}""", "application/json");
        assertEquals(200, set.status(), set.toString());
        assertEquals("123/AB456", set.json().getString("employerReference"));

        JsonObject slip = p.payslip(run, "E2");
        Api.Download form = p.team().as("E2").download(p45);
        assertEquals(200, form.status(), form.toString());
        try (PDDocument document = Loader.loadPDF(form.body())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("1 Employer PAYE reference 123/AB456", "2 Employee's National Insurance number AB100003A",
                    "3 Surname or family name Evans", "First or given names Eli", "4 Leaving date 13 November 2026",
                    "5 Continue Student Loan deductions Yes", "Continue Postgraduate Loan deductions No", "6 Tax code at leaving date 1257L",
                    "Week 1 or Month 1 basis Yes", "tax year 2026-27", "Month number 8",
                    "Total pay to date " + pounds(slip.getJsonObject("yearToDate").getString("taxablePay")),
                    "Total tax to date " + pounds(slip.getJsonObject("yearToDate").getString("tax")), "9 Works number or payroll ID E2",
                    "10 Date of birth 20 May 1985")) {
                assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
            }
            assertFalse(text.contains("8 This employment"), "nothing from an earlier employment this year");
        }
        assertEquals(200, p.admin().download(p45).status());
        assertEquals(404, p.team().as("M1").download(p45).status(), "not the line manager");
        assertEquals(404, p.team().as("E1").download(p45).status());
        assertProblem(p.team().as("E1").get(p.path("employees/E1/p45")), 409);

        // the leaver's payslip pages offer it; a colleague's offer none
        String t = p.team().tenant();
        String leaver;
        String stayer;
        ChromeDriver browser = Browser.start(false);
        try {
            Browser.signIn(browser, base, p.team().username("E2"));
            browser.get("http://localhost:" + base.getPort() + "/payslips/" + t + "/");
            assertTrue(browser.findElement(By.id("p45")).getAttribute("href").endsWith("/payslips/" + t + "/p45"));
            leaver = cookies(browser);
            Browser.signIn(browser, base, p.team().username("E1"));
            browser.get("http://localhost:" + base.getPort() + "/payslips/" + t + "/");
            assertTrue(browser.findElements(By.id("forms")).isEmpty(), "E1 has not left, and the year is not over");
            stayer = cookies(browser);
        } finally {
            browser.quit();
        }
        Api.Download own = Api.at(base).download("payslips/" + t + "/p45", "Cookie", leaver);
        assertEquals(200, own.status(), own.toString());
        try (PDDocument document = Loader.loadPDF(own.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("2 Employee's National Insurance number AB100003A"));
        }
        assertEquals(409, Api.at(base).download("payslips/" + t + "/p45", "Cookie", stayer).status());
    }

    private static String cookies(ChromeDriver browser) {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static String pounds(String amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(new BigDecimal(amount));
    }

    /** Each entry's name and its PDF's text, in name order. */
    private static Map<String, String> unzip(Api.Download download) throws IOException {
        assertEquals(200, download.status(), download.toString());
        assertTrue(download.header("Content-Type").startsWith("application/zip"));
        Map<String, String> texts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                try (PDDocument document = Loader.loadPDF(zip.readAllBytes())) {
                    texts.put(entry.getName(), new PDFTextStripper().getText(document));
                }
            }
        }
        return texts;
    }
}

package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An approved run's RTI Full Payment Submission over HTTP: refused until the PAYE references and every employee's
 * gender are known and a starter's declaration and address are, then made once with its IRmark, valid against the
 * project's schema, carrying the starter, the payslips' figures and each letter's NI, and given again as it was made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FullPaymentSubmissionIT {

    private static final String FPS = "http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/26-27/1";

    @ArquillianResource
    URL base;

    @Test
    void anApprovedRunIsReportedOnceWithItsStarterAndFigures() throws Exception {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "fps");
        for (String number : List.of("M1", "E1", "E2")) {
            p.bankDetails(number);
            p.profile(number, "{\"taxCode\": \"1257L\", \"niCategory\": \"A\", \"gender\": \"F\"}");
        }
        p.bankDetails("E3");
        p.profile("E3", "{\"taxCode\": \"S1257L\", \"niCategory\": \"M\", \"studentLoanPlans\": [\"PLAN_2\"]}");
        p.team().hire("E4", "AB100005A", "M1", "Nova", "Newman");
        JsonObject nova = p.team().hr().get(p.path("employees/E4")).json();
        assertEquals(200, p.team().hr().send("PATCH", p.path("employees/E4"), "{\"startDate\": \"2026-11-16\", \"version\": "
                + nova.getJsonNumber("version") + "}", "application/json").status());
        p.bankDetails("E4");
        assertProblem(p.admin().send("PUT", p.path("employees/E4/payroll-profile"), """
                {"taxCode": "1257L", "niCategory": "A", "gender": "X", "address": {"lines": ["1 High Street"], "postcode": "nowhere"}}""",
                "application/json"), 400);
        p.profile("E4", """
                {"taxCode": "1257L", "niCategory": "A", "gender": "M", "starterDeclaration": "B",
                 "address": {"lines": ["1 High Street"], "postcode": "ls1 4ab"}}""");

        long run = p.run(8);
        p.calculate(run);
        String fps = p.path("payroll-runs/" + run + "/fps");
        assertProblem(p.approver().get(fps), 409);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        assertProblem(p.approver().get(fps), 422);
        assertEquals(200, p.admin().send("PUT", p.path("paye-reference"), """
                {"taxOfficeNumber": "123", "taxOfficeReference": "AB456", "accountsOfficeReference": "123PA00012345"}""", "application/json").status());
        Api.Reply noGender = p.approver().get(fps);
        assertProblem(noGender, 422);
        assertTrue(noGender.json().getString("detail").endsWith("lack: E3."), noGender.toString());
        JsonObject esme = p.admin().get(p.path("employees/E3/payroll-profile")).json();
        p.profile("E3", "{\"taxCode\": \"S1257L\", \"niCategory\": \"M\", \"studentLoanPlans\": [\"PLAN_2\"], \"gender\": \"F\", \"version\": "
                + esme.getJsonNumber("version") + "}");
        Api.Reply oneLine = p.approver().get(fps);
        assertProblem(oneLine, 422);
        assertTrue(oneLine.json().getString("detail").endsWith("lack: E4."), oneLine.toString());
        JsonObject novas = p.admin().get(p.path("employees/E4/payroll-profile")).json();
        p.profile("E4", """
                {"taxCode": "1257L", "niCategory": "A", "gender": "M", "starterDeclaration": "B",
                 "address": {"lines": ["1 High Street", "Leeds"], "postcode": "ls1 4ab"}, "version": %s}""".formatted(novas.getJsonNumber("version")));
        assertProblem(p.admin().get(fps), 403);

        Api.Download first = p.approver().download(fps);
        assertEquals(200, first.status(), first.toString());
        assertEquals("NOT_SENT", first.header("X-RTI-Status"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(first.body()));
        Element envelope = (Element) xml.getElementsByTagNameNS(FPS, "IRenvelope").item(0);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FullPaymentSubmissionIT.class.getResource("/org/guildhall/payroll/rti/fps-26-27.xsd")).newValidator()
                .validate(new DOMSource(envelope));
        assertEquals(first.header("X-IRmark"), text(envelope, "IRmark"));
        assertEquals("26-27", text(envelope, "RelatedTaxYear"));

        List<String> payIds = new ArrayList<>();
        for (Element employee : children(envelope, "Employee")) {
            String id = text(employee, "PayId");
            payIds.add(id);
            JsonObject slip = p.payslip(run, id);
            assertEquals(slip.getString("taxablePay"), text((Element) employee.getElementsByTagNameNS(FPS, "Payment").item(0), "TaxablePay"));
            assertEquals(slip.getString("tax"), text(employee, "TaxDeductedOrRefunded"));
            assertEquals(slip.getJsonObject("yearToDate").getString("taxablePay"),
                    text((Element) employee.getElementsByTagNameNS(FPS, "FiguresToDate").item(0), "TaxablePay"));
            assertEquals(slip.getString("employeeNi"), text(employee, "EmpeeContribnsInPd"));
            assertEquals(slip.getString("niCategory"), text(employee, "NIletter"));
            assertEquals("8", text(employee, "MonthNo"));
            assertEquals("D", text(employee, "HoursWorked"), "37 hours a week");
        }
        assertEquals(List.of("E1", "E2", "E3", "E4", "M1"), payIds);
        Element starter = children(envelope, "Employee").get(3);
        assertEquals("2026-11-16", text(starter, "StartDate"));
        assertEquals("B", text(starter, "StartDec"));
        assertEquals("LS1 4AB", text(starter, "UKPostcode"));
        Element esmes = children(envelope, "Employee").get(2);
        Element code = (Element) esmes.getElementsByTagNameNS(FPS, "TaxCode").item(0);
        assertEquals(List.of("1257L", "S"), List.of(code.getTextContent(), code.getAttribute("TaxRegime")));
        assertEquals("02", ((Element) esmes.getElementsByTagNameNS(FPS, "StudentLoanRecovered").item(0)).getAttribute("PlanType"));
        assertEquals(p.payslip(run, "E3").getString("employeeNi"), text(esmes, "TotalEmpNICInPd"),
                "letter M: no employer NI below the UEL, so the total is the employee's");

        Api.Download again = p.approver().download(fps);
        assertArrayEquals(first.body(), again.body(), "given again as it was made");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(FPS, name).item(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < parent.getElementsByTagNameNS(FPS, name).getLength(); i++) {
            found.add((Element) parent.getElementsByTagNameNS(FPS, name).item(i));
        }
        return found;
    }
}

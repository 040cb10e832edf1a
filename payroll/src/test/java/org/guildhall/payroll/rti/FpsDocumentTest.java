package org.guildhall.payroll.rti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.crypto.NodeSetData;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FpsDocumentTest {

    private static final FpsDocument.Employer EMPLOYER = new FpsDocument.Employer("123", "AB456", "123PA00012345", TaxYear.parse("2026-27"));

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    static List<FpsDocument.Employee> employees() {
        List<FpsDocument.Employee> employees = new ArrayList<>();
        employees.add(new FpsDocument.Employee("AB100002A", "Erin", "Employee", List.of(), null, LocalDate.of(1985, 5, 20), 'F', null, null,
                "E1", null, m("24000.00"), m("2800.00"), m("900.00"), m("0.00"), "MONTHLY", LocalDate.of(2026, 11, 30), 8, m("37"),
                "1257L", m("3000.00"), m("2543.84"), m("112.00"), "02", m("0.00"), m("344.00"),
                List.of(new FpsDocument.Letter('A', m("3000.00"), m("24000.00"), m("4472.00"), m("3912.00"), m("15616.00"), m("712.86"),
                        m("5702.88"), m("156.16"), m("1249.28")))));
        employees.add(new FpsDocument.Employee("AB100005A", "Nova & Co", "O'Neil-Smith", List.of("1 High Street", "Leeds"), "LS1 4AB",
                LocalDate.of(2001, 1, 2), 'M', LocalDate.of(2026, 11, 16), 'B', "E4", null, m("1400.00"), m("0.00"), m("0.00"), m("0.00"),
                "MONTHLY", LocalDate.of(2026, 11, 30), 8, m("18.5"), "S1257L M1", m("1400.00"), m("1400.00"), m("0.00"), null, m("0.00"),
                m("0.00"), List.of(new FpsDocument.Letter('M', m("1400.00"), m("1400.00"), m("559.00"), m("489.00"), m("352.00"), m("52.80"),
                        m("52.80"), m("0.00"), m("0.00")))));
        return employees;
    }

    private static byte[] document(List<FpsDocument.Employee> employees) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Path scratch = Files.createTempFile("fps-test-", ".xml");
            try {
                FpsDocument.write(out, EMPLOYER, each -> employees.forEach(each), scratch);
            } finally {
                Files.delete(scratch);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theDocumentFollowsTheSchemaAndItsIrmarkIsTheCanonicalBodysSha1() throws Exception {
        byte[] bytes = document(employees());
        Document xml = parse(bytes);
        Element envelope = (Element) xml.getElementsByTagNameNS(FpsDocument.namespace(EMPLOYER.year()), "IRenvelope").item(0);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FpsDocumentTest.class.getResource("/org/guildhall/payroll/rti/fps-26-27.xsd")).newValidator()
                .validate(new DOMSource(envelope));

        String embedded = text(xml, "IRmark");
        assertEquals(independentIrmark(xml), embedded);
        assertEquals(32, FpsDocument.base32(embedded).length());

        // whitespace outside the Body changes nothing; a penny inside it does
        String text = new String(bytes, StandardCharsets.UTF_8);
        String spaced = text.replace("<EnvelopeVersion>", "\n  <EnvelopeVersion>").replace("<Header>", "\n  <Header>\n    ")
                .replace("<Body>", "\n  <Body>").replace("</GovTalkMessage>", "\n</GovTalkMessage>\n");
        assertNotEquals(text, spaced);
        assertEquals(embedded, independentIrmark(parse(spaced.getBytes(StandardCharsets.UTF_8))));
        String changed = text.replace("<TaxablePay>3000.00</TaxablePay>", "<TaxablePay>3000.01</TaxablePay>");
        assertNotEquals(embedded, independentIrmark(parse(changed.getBytes(StandardCharsets.UTF_8))));
        assertTrue(text.startsWith("<GovTalkMessage xmlns=\"http://www.govtalk.gov.uk/CM/envelope\"><EnvelopeVersion>2.0</EnvelopeVersion>"));
        assertTrue(text.contains("<IRenvelope xmlns=\"http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/26-27/1\">"));
        assertTrue(text.contains("<TaxCode BasisNonCumulative=\"yes\" TaxRegime=\"S\">1257L</TaxCode>"), text);
        assertTrue(text.contains("<StudentLoanRecovered PlanType=\"02\">112.00</StudentLoanRecovered>"));
        assertTrue(text.contains("<Fore>Nova  Co</Fore><Sur>O'Neil-Smith</Sur>"), "characters HMRC's names refuse are left out: " + text);
    }

    @Test
    void theDocumentKeepsHmrcsValidationRules() throws Exception {
        Document xml = parse(document(employees()));
        String fps = FpsDocument.namespace(EMPLOYER.year());
        // the keys in the GovTalk header, the IR header and EmpRefs agree
        NodeList keys = xml.getElementsByTagNameNS("*", "Key");
        assertEquals(List.of("123", "AB456", "123", "AB456"), List.of(keys.item(0).getTextContent(), keys.item(1).getTextContent(),
                keys.item(2).getTextContent(), keys.item(3).getTextContent()));
        assertEquals("123", text(xml, "OfficeNo"));
        assertEquals("AB456", text(xml, "PayeRef"));
        // RelatedTaxYear is the year of PeriodEnd
        assertEquals("26-27", text(xml, "RelatedTaxYear"));
        assertEquals(TaxYear.parse("2026-27"), TaxYear.of(LocalDate.parse(text(xml, "PeriodEnd"))));
        NodeList people = xml.getElementsByTagNameNS(fps, "Employee");
        assertEquals(2, people.getLength());
        for (int i = 0; i < people.getLength(); i++) {
            Element employee = (Element) people.item(i);
            boolean starter = employee.getElementsByTagNameNS(fps, "StartDate").getLength() > 0;
            boolean nino = employee.getElementsByTagNameNS(fps, "NINO").getLength() > 0;
            if (starter) {
                assertEquals(1, employee.getElementsByTagNameNS(fps, "StartDec").getLength(), "a StartDate needs a StartDec");
            }
            if (starter || !nino) {
                assertTrue(employee.getElementsByTagNameNS(fps, "Line").getLength() >= 2, "two address lines at least");
            }
            NodeList letters = employee.getElementsByTagNameNS(fps, "NIlettersAndValues");
            for (int l = 0; l < letters.getLength(); l++) {
                Element letter = (Element) letters.item(l);
                String which = letter.getElementsByTagNameNS(fps, "NIletter").item(0).getTextContent();
                if ("CKSWX".contains(which)) {
                    assertEquals("0.00", letter.getElementsByTagNameNS(fps, "EmpeeContribnsInPd").item(0).getTextContent());
                    assertEquals("0.00", letter.getElementsByTagNameNS(fps, "EmpeeContribnsYTD").item(0).getTextContent());
                }
            }
        }
    }

    @Test
    void hoursWorkedAreHmrcsBands() {
        assertEquals(List.of("A", "B", "B", "C", "D", "E"), List.of(FpsDocument.hoursBand(m("15.99")), FpsDocument.hoursBand(m("16")),
                FpsDocument.hoursBand(m("23.99")), FpsDocument.hoursBand(m("24")), FpsDocument.hoursBand(m("30")), FpsDocument.hoursBand(null)));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document xml, String name) {
        return xml.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    /** HMRC's recipe with the JDK's own C14N: the Body and all below it but the IRmark, canonicalised, SHA-1, Base64. */
    static String independentIrmark(Document xml) throws Exception {
        Element body = (Element) xml.getElementsByTagNameNS(FpsDocument.ENVELOPE, "Body").item(0);
        Set<Node> nodes = new LinkedHashSet<>();
        collect(body, nodes);
        TransformService c14n = TransformService.getInstance(CanonicalizationMethod.INCLUSIVE, "DOM");
        c14n.init(null);
        NodeSetData<Node> data = nodes::iterator;
        OctetStreamData canonical = (OctetStreamData) c14n.transform(data, null);
        byte[] bytes = canonical.getOctetStream().readAllBytes();
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    private static void collect(Node node, Set<Node> nodes) {
        if (node instanceof Element element && element.getLocalName().equals("IRmark")) {
            return;
        }
        nodes.add(node);
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                nodes.add(attributes.item(i));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, nodes);
        }
    }
}

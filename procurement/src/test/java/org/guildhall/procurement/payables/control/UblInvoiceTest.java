package org.guildhall.procurement.payables.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Money;
import org.junit.jupiter.api.Test;

class UblInvoiceTest {

    /** The PEPPOL BIS Billing 3.0 invoice in the test resources, with its blanks filled. */
    static String invoice(String order, String vat, String price, String payable) throws IOException {
        try (InputStream in = UblInvoiceTest.class.getResourceAsStream("/payables/peppol-invoice.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{order}}", order).replace("{{vat}}", vat)
                    .replace("{{price}}", price).replace("{{payable}}", payable);
        }
    }

    private static List<String> fields(InvalidInput refused) {
        return refused.fields().stream().map(InvalidInput.Field::name).toList();
    }

    @Test
    void aPeppolInvoiceIsReadForItsOrderLinesAndTotal() throws IOException {
        UblInvoice.Read read = UblInvoice.read(invoice("PO-2026-000001", "GB980780684", "350.00", "840.00").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("UBL-7", "2026-11-12", "PO-2026-000001", "GB980780684", "840.00"),
                List.of(read.number(), read.issued().toString(), read.orderNumber(), read.supplierVat(), read.payable().toString()));
        assertEquals(List.of(new UblInvoice.Line(1, "Laptop", new java.math.BigDecimal("2"), Money.parse("350.00"), new java.math.BigDecimal("20"))),
                read.lines());
    }

    @Test
    void aMalformedAmountIsNamedByItsPath() throws IOException {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> UblInvoice.read(
                invoice("PO-2026-000001", "GB980780684", "350,00", "840.001").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount", "/Invoice/cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount"),
                fields(refused));
    }

    @Test
    void noDoctypeSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><cbc:ID xmlns:cbc="x">&secret;</cbc:ID></Invoice>""";
        InvalidInput refused = assertThrows(InvalidInput.class, () -> UblInvoice.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("/"), fields(refused));
        assertTrue(refused.fields().get(0).message().contains("DOCTYPE"), refused.fields().get(0).message());
        assertTrue(!refused.fields().get(0).message().contains("root:"), "nothing of the file");
    }

    @Test
    void notXmlOrNotAnInvoiceIsRefused() {
        assertEquals(List.of("/"), fields(assertThrows(InvalidInput.class, () -> UblInvoice.read("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(List.of("/CreditNote"), fields(assertThrows(InvalidInput.class, () -> UblInvoice.read(
                "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"/>".getBytes(StandardCharsets.UTF_8)))));
    }
}

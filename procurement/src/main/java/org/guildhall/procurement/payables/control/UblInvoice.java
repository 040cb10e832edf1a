package org.guildhall.procurement.payables.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.web.StrictJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A UBL 2.1 invoice in the PEPPOL BIS Billing 3.0 profile, read with the JDK's own XML parser hardened as OWASP advises:
 * no DOCTYPE at all (so no external entity, no entity expansion), no XInclude, no external DTD or schema. What is read
 * is what a purchase-order invoice needs: its number and date, the order it quotes, the supplier's VAT number, the
 * amount payable, and each line's order line, quantity, price, VAT rate and name. Every bad element is named by its path,
 * such as {@code /Invoice/cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount}, all of them in one 400.
 */
public final class UblInvoice {

    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String PEPPOL = "urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    /** The largest document taken. */
    public static final int MOST_BYTES = 2 * 1024 * 1024;

    /** An invoice line as the document gives it. */
    public record Line(int orderLine, String name, BigDecimal quantity, Money price, BigDecimal vatPercent) {
    }

    /** What the document says. */
    public record Read(String number, LocalDate issued, String orderNumber, String supplierVat, Money payable, List<Line> lines) {
    }

    private final List<InvalidInput.Field> errors = new ArrayList<>();

    private UblInvoice() {
    }

    public static Read read(byte[] xml) {
        return new UblInvoice().parse(xml);
    }

    private Read parse(byte[] xml) {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw refused("/", "The document is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): "
                    + plain(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw refused("/", "The document cannot be read as XML: " + plain(e.getMessage()));
        }
        Element root = document.getDocumentElement();
        if (!"Invoice".equals(root.getLocalName()) || !INVOICE.equals(root.getNamespaceURI())) {
            throw refused("/" + root.getNodeName(), "The document is not a UBL 2.1 Invoice (namespace " + INVOICE + ")");
        }
        String customization = text(root, "/Invoice", CBC, "CustomizationID", true);
        if (customization != null && !customization.contains(PEPPOL)) {
            errors.add(new InvalidInput.Field("/Invoice/cbc:CustomizationID", "Send the PEPPOL BIS Billing 3.0 profile (" + PEPPOL + ")"));
        }
        String type = text(root, "/Invoice", CBC, "InvoiceTypeCode", true);
        if (type != null && !type.equals("380")) {
            errors.add(new InvalidInput.Field("/Invoice/cbc:InvoiceTypeCode", "Only commercial invoices (380) are taken here"));
        }
        String currency = text(root, "/Invoice", CBC, "DocumentCurrencyCode", true);
        if (currency != null && !currency.equals("GBP")) {
            errors.add(new InvalidInput.Field("/Invoice/cbc:DocumentCurrencyCode", "Invoices are paid in pounds: GBP"));
        }
        String number = text(root, "/Invoice", CBC, "ID", true);
        LocalDate issued = date(root, "/Invoice", "IssueDate");
        Element order = child(root, "/Invoice", CAC, "OrderReference", true);
        String orderNumber = order == null ? null : text(order, "/Invoice/cac:OrderReference", CBC, "ID", true);
        String vat = null;
        Element supplier = child(root, "/Invoice", CAC, "AccountingSupplierParty", true);
        Element party = supplier == null ? null : child(supplier, "/Invoice/cac:AccountingSupplierParty", CAC, "Party", true);
        if (party != null) {
            for (Element scheme : children(party, CAC, "PartyTaxScheme")) {
                String id = text(scheme, "/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", CBC, "CompanyID", false);
                if (id != null && vat == null) {
                    vat = id;
                }
            }
        }
        Element totals = child(root, "/Invoice", CAC, "LegalMonetaryTotal", true);
        Money payable = totals == null ? null : money(totals, "/Invoice/cac:LegalMonetaryTotal", "PayableAmount");
        List<Line> lines = new ArrayList<>();
        List<Element> lineElements = children(root, CAC, "InvoiceLine");
        if (lineElements.isEmpty()) {
            errors.add(new InvalidInput.Field("/Invoice/cac:InvoiceLine", "The invoice has no lines"));
        }
        for (int i = 0; i < lineElements.size(); i++) {
            Element line = lineElements.get(i);
            String at = "/Invoice/cac:InvoiceLine[" + (i + 1) + "]";
            BigDecimal quantity = decimal(line, at, "InvoicedQuantity");
            Element reference = child(line, at, CAC, "OrderLineReference", true);
            Integer orderLine = null;
            if (reference != null) {
                String lineId = text(reference, at + "/cac:OrderLineReference", CBC, "LineID", true);
                try {
                    orderLine = lineId == null ? null : Integer.valueOf(lineId);
                } catch (NumberFormatException e) {
                    errors.add(new InvalidInput.Field(at + "/cac:OrderLineReference/cbc:LineID", "Quote the order's line number, such as 1"));
                }
            }
            Element item = child(line, at, CAC, "Item", true);
            String name = item == null ? null : text(item, at + "/cac:Item", CBC, "Name", false);
            Element category = item == null ? null : child(item, at + "/cac:Item", CAC, "ClassifiedTaxCategory", true);
            BigDecimal percent = category == null ? null : decimal(category, at + "/cac:Item/cac:ClassifiedTaxCategory", "Percent");
            Element price = child(line, at, CAC, "Price", true);
            Money amount = price == null ? null : money(price, at + "/cac:Price", "PriceAmount");
            if (quantity != null && orderLine != null && percent != null && amount != null) {
                lines.add(new Line(orderLine, name == null ? "" : name, quantity, amount, percent));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The invoice document has invalid elements.", errors);
        }
        return new Read(number, issued, orderNumber, vat, payable, lines);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // nothing: a warning does not stop the document
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    private static InvalidInput refused(String path, String message) {
        return new InvalidInput("The invoice document has invalid elements.", List.of(new InvalidInput.Field(path, message)));
    }

    /** A parser's message without control characters or anything past 300 characters. */
    private static String plain(String message) {
        String text = message == null ? "" : message.replaceAll("\\p{Cntrl}", " ");
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private Element child(Element parent, String at, String namespace, String name, boolean required) {
        List<Element> found = children(parent, namespace, name);
        if (found.isEmpty()) {
            if (required) {
                errors.add(new InvalidInput.Field(at + "/" + prefix(namespace) + name, "The element is missing"));
            }
            return null;
        }
        return found.get(0);
    }

    private String text(Element parent, String at, String namespace, String name, boolean required) {
        Element element = child(parent, at, namespace, name, required);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        if (text.isEmpty() || text.length() > 200 || StrictJson.hasControlCharacter(text)) {
            errors.add(new InvalidInput.Field(at + "/" + prefix(namespace) + name, "Give a value of 1 to 200 plain characters"));
            return null;
        }
        return text;
    }

    private LocalDate date(Element parent, String at, String name) {
        String text = text(parent, at, CBC, name, true);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInput.Field(at + "/cbc:" + name, "Write the date as YYYY-MM-DD, such as 2026-11-20"));
            return null;
        }
    }

    private BigDecimal decimal(Element parent, String at, String name) {
        String text = text(parent, at, CBC, name, true);
        try {
            BigDecimal value = text == null ? null : new BigDecimal(text);
            if (value != null && (value.scale() > 6 || value.abs().compareTo(new BigDecimal("1000000000")) >= 0)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.Field(at + "/cbc:" + name, "Write a number such as 12.5, with a point and no other signs"));
            return null;
        }
    }

    private Money money(Element parent, String at, String name) {
        BigDecimal value = decimal(parent, at, name);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new InvalidInput.Field(at + "/cbc:" + name, "An amount has at most two decimals, such as 350.00"));
            return null;
        }
        return Money.of(value.setScale(2));
    }

    private static String prefix(String namespace) {
        return CAC.equals(namespace) ? "cac:" : "cbc:";
    }
}

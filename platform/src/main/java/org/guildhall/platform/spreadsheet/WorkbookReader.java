package org.guildhall.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.guildhall.platform.domain.InvalidFile;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of a large uploaded .xlsx with SAX, a row at a time, never building the workbook in memory: the
 * file is capped in size, POI's zip-bomb limits apply, rows beyond the cap stop the read, and a cell holding a
 * formula is marked as such rather than evaluated. Only the named columns of each sheet are kept, as text (numbers
 * as written, date cells as {@code YYYY-MM-DD}).
 */
public final class WorkbookReader {

    public static final int MAX_BYTES = 25 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    private WorkbookReader() {
    }

    /** A cell as read: its text (null when empty), or that it held a formula. */
    public record Value(String text, boolean formula) {
    }

    /** A data row: its number as the spreadsheet shows it, and its values by column header. */
    public record Row(int number, Map<String, Value> values) {
        public Value get(String column) {
            return values.getOrDefault(column, new Value(null, false));
        }
    }

    /** Reads every sheet named in {@code columns} (sheet name to required headers), or refuses the file saying why not. */
    public static Map<String, List<Row>> read(InputStream body, Map<String, List<String>> columns) {
        return read(body, columns, Map.of());
    }

    /**
     * Reads every sheet named in {@code columns}, which must all be there, and each sheet named in {@code optional} that
     * the workbook has (with all of its headers); refuses the file saying why not.
     */
    public static Map<String, List<Row>> read(InputStream body, Map<String, List<String>> columns, Map<String, List<String>> optional) {
        byte[] bytes = Uploads.capped(body, MAX_BYTES);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Map<String, List<Row>> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = iterator.getSheetName();
                    List<String> headers = columns.containsKey(name) ? columns.get(name) : optional.get(name);
                    if (headers != null && !sheets.containsKey(name)) {
                        sheets.put(name, rows(sheet, name, headers, strings, styles));
                    }
                }
            }
            List<String> missing = columns.keySet().stream().filter(s -> !sheets.containsKey(s)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidFile("The workbook needs the sheets " + columns.keySet() + "; missing " + missing + ".");
            }
            return sheets;
        } catch (InvalidFile refused) {
            throw refused;
        } catch (Exception | OutOfMemoryError unreadable) {
            throw new InvalidFile("The file is not a readable .xlsx workbook, or it expands to more than is allowed.");
        }
    }

    private static List<Row> rows(InputStream sheet, String name, List<String> required, ReadOnlySharedStringsTable strings,
                                  StylesTable styles) throws IOException, SAXException, ParserConfigurationException {
        SheetHandler handler = new SheetHandler(name, required, strings, styles);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newSAXParser().parse(new InputSource(sheet), handler);
        if (handler.headers == null || !handler.missingHeaders().isEmpty()) {
            throw new InvalidFile("The sheet " + name + " needs the column headers " + required + " in its first row"
                    + (handler.headers == null ? "." : "; missing " + handler.missingHeaders() + "."));
        }
        return handler.rows;
    }

    /** Column letters of a reference such as {@code AB12}, as a 0-based index. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final List<String> required;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<Row> rows = new ArrayList<>();
        private Map<Integer, String> headers;
        private Map<Integer, Value> current;
        private int rowNumber;
        private int cellColumn;
        private String cellType;
        private int cellStyle;
        private boolean cellFormula;
        private boolean inValue;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(String sheet, List<String> required, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sheet = sheet;
            this.required = required;
            this.strings = strings;
            this.styles = styles;
        }

        List<String> missingHeaders() {
            return required.stream().filter(h -> !headers.containsValue(h)).toList();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (qName) {
                case "row" -> {
                    rowNumber = attributes.getValue("r") == null ? rowNumber + 1 : Integer.parseInt(attributes.getValue("r"));
                    if (rows.size() >= MAX_ROWS) {
                        throw new InvalidFile("The sheet " + sheet + " has more than " + MAX_ROWS + " rows.");
                    }
                    current = new HashMap<>();
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    cellColumn = reference == null ? cellColumn + 1 : column(reference);
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s") == null ? -1 : Integer.parseInt(attributes.getValue("s"));
                    cellFormula = false;
                    text.setLength(0);
                }
                case "f" -> cellFormula = true;
                case "v", "t" -> {
                    inValue = true;
                    if ("v".equals(qName)) {
                        text.setLength(0);
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (qName) {
                case "v", "t" -> inValue = false;
                case "c" -> current.put(cellColumn, cellFormula ? new Value(null, true) : new Value(value(), false));
                case "row" -> endRow();
                default -> { }
            }
        }

        /** The cell's text; blank text counts as no value. */
        private String value() {
            String raw = text.toString();
            if (raw.isBlank()) {
                return null;
            }
            if ("s".equals(cellType)) {
                String shared = strings.getItemAt(Integer.parseInt(raw)).getString().strip();
                return shared.isEmpty() ? null : shared;
            }
            if (cellType == null || "n".equals(cellType)) {
                if (cellStyle >= 0) {
                    XSSFCellStyle style = styles.getStyleAt(cellStyle);
                    if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                        LocalDate date = DateUtil.getLocalDateTime(Double.parseDouble(raw)).toLocalDate();
                        return date.toString();
                    }
                }
                return new java.math.BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
            return raw.strip();
        }

        private void endRow() {
            if (headers == null) {
                headers = new HashMap<>();
                current.forEach((column, value) -> {
                    if (value.text() != null) {
                        headers.put(column, value.text());
                    }
                });
                return;
            }
            Map<String, Value> values = new LinkedHashMap<>();
            boolean empty = true;
            for (Map.Entry<Integer, String> header : headers.entrySet()) {
                Value value = current.get(header.getKey());
                if (value != null) {
                    values.put(header.getValue(), value);
                    empty &= value.text() == null && !value.formula();
                }
            }
            if (!empty) {
                rows.add(new Row(rowNumber, values));
            }
        }
    }
}

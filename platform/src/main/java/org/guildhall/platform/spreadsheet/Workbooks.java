package org.guildhall.platform.spreadsheet;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.guildhall.platform.money.Money;

/**
 * An .xlsx export written with POI's streaming writer (a window of rows in memory, the rest flushed to disk). Text
 * that a spreadsheet would take for a formula (starting {@code = + - @}, or a tab or carriage return) is written as
 * quote-prefixed text, so an exported description can never run as a formula. Amounts are numeric cells with a
 * pounds-and-pence format: the format stores them as decimal text, exact for any amount under 10^13 pounds.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /** One sheet with a bold header row; {@code rows} writes the rest through the {@link Writer}. */
    public static StreamingOutput sheet(String name, List<String> headers, Consumer<Writer> rows) {
        return output -> write(output, name, headers, rows);
    }

    static void write(OutputStream output, String name, List<String> headers, Consumer<Writer> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Writer writer = new Writer(workbook, workbook.createSheet(name));
            writer.row();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (String header : headers) {
                writer.text(header).setCellStyle(bold);
            }
            rows.accept(writer);
            workbook.write(output);
            workbook.dispose();
        }
    }

    /** Whether a spreadsheet would read {@code text} as the start of a formula. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Appends rows and cells to one sheet. */
    public static final class Writer {
        private final Sheet sheet;
        private final CellStyle quoted;
        private final CellStyle money;
        private Row row;
        private int nextRow;
        private int column;

        Writer(SXSSFWorkbook workbook, Sheet sheet) {
            this.sheet = sheet;
            this.quoted = workbook.createCellStyle();
            this.quoted.setQuotePrefixed(true);
            this.money = workbook.createCellStyle();
            this.money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
        }

        public Writer row() {
            row = sheet.createRow(nextRow++);
            column = 0;
            return this;
        }

        public Cell text(String value) {
            Cell cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value);
                if (looksLikeFormula(value)) {
                    cell.setCellStyle(quoted);
                }
            }
            return cell;
        }

        public Cell amount(Money value) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value.amount().doubleValue());
            cell.setCellStyle(money);
            return cell;
        }
    }
}

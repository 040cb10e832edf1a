package org.guildhall.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.domain.InvalidFile;

/**
 * Reading a small uploaded .xlsx (budgets, lists) defensively: a size cap before anything is parsed, POI's zip-bomb
 * guards tightened, and every failure to read refused as an {@link InvalidFile} (a 400) rather than a stack trace. Large loads (onboarding
 * workbooks) want the streaming reader instead.
 */
public final class Uploads {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private Uploads() {
    }

    /** One data row of a sheet: its number as the spreadsheet shows it, and its cells by header. */
    public record SheetRow(int number, Map<String, Cell> cells) {
    }

    /** The rows of {@code sheetName} under a header row that must hold every one of {@code headers}. */
    public static List<SheetRow> rows(InputStream body, String sheetName, List<String> headers) {
        return rows(body, sheetName, headers, List.of());
    }

    /**
     * {@link #rows(InputStream, String, List)} with {@code optional} headers too: each one the sheet has is read like the
     * rest; one it does not have is not among a row's cells at all.
     */
    public static List<SheetRow> rows(InputStream body, String sheetName, List<String> headers, List<String> optional) {
        byte[] bytes = capped(body, MAX_BYTES);
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new InvalidFile("The workbook has no sheet called " + sheetName + ".");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new InvalidFile("The sheet " + sheetName + " has more than " + MAX_ROWS + " rows.");
            }
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new LinkedHashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    columns.put(new DataFormatter().formatCellValue(cell).strip(), cell.getColumnIndex());
                }
            }
            List<String> missing = headers.stream().filter(h -> !columns.containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidFile("The sheet " + sheetName + " needs the column headers " + headers
                        + " in its first row; missing " + missing + ".");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == header.getRowNum()) {
                    continue;
                }
                Map<String, Cell> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (String name : java.util.stream.Stream.concat(headers.stream(), optional.stream().filter(columns::containsKey)).toList()) {
                    Cell cell = row.getCell(columns.get(name));
                    cells.put(name, cell);
                    empty &= cell == null || cell.getCellType() == CellType.BLANK
                            || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
                }
                if (!empty) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (InvalidFile refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidFile("The file is not a readable .xlsx workbook.");
        }
    }

    /**
     * The whole upload, refused before anything parses it when it is larger than {@code maxBytes}. Reading it also
     * sets POI's zip-bomb limits (this class's static initialiser) for whatever parses it next.
     */
    static byte[] capped(InputStream body, int maxBytes) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new InvalidFile("The file could not be received.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidFile("The file is larger than " + maxBytes / (1024 * 1024) + " MB.");
        }
        return bytes;
    }

    /** The text of a cell, or null when blank; a formula is refused, so what is loaded is what the file shows. */
    public static String text(Cell cell, String sheet, int row, String column, List<CellError> errors) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            errors.add(new CellError(sheet, row, column, "Enter a value, not a formula"));
            return null;
        }
        String text = new DataFormatter().formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** The exact decimal in a cell: a number as the spreadsheet shows it, or text such as {@code 1234.50}. */
    public static BigDecimal decimal(Cell cell, String sheet, int row, String column, List<CellError> errors) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())); // the shortest decimal that is this double
        }
        String text = text(cell, sheet, row, column, errors);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new CellError(sheet, row, column, "Enter a number, such as 1234.50"));
            return null;
        }
    }
}

package org.guildhall.platform.domain;

/** One bad cell of an uploaded spreadsheet: the sheet, the row as the spreadsheet numbers it, the column's header. */
public record CellError(String sheet, int row, String column, String message) {
}

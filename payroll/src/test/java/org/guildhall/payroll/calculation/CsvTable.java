package org.guildhall.payroll.calculation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A table of test cases kept as CSV next to the tests (no quoting: fields never hold commas). */
record CsvTable(List<Row> rows) {

    /** One case; {@code toString} is its description, so a failing case says what it checks. */
    record Row(int line, Map<String, String> fields) {

        String text(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return value.strip();
        }

        BigDecimal money(String column) {
            return new BigDecimal(text(column)).setScale(2);
        }

        BigDecimal moneyOrNull(String column) {
            return text(column).isEmpty() ? null : money(column);
        }

        BigDecimal decimalOrNull(String column) {
            return text(column).isEmpty() ? null : new BigDecimal(text(column));
        }

        @Override
        public String toString() {
            String description = fields.getOrDefault("description", fields.getOrDefault("source", ""));
            return "line " + line + ": " + description;
        }
    }

    static CsvTable read(String resource) {
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            List<Row> rows = new ArrayList<>();
            int line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] values = text.split(",", -1);
                if (values.length != header.length) {
                    throw new IllegalStateException(resource + " line " + line + " has " + values.length + " fields, not " + header.length);
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    fields.put(header[i], values[i]);
                }
                rows.add(new Row(line, fields));
            }
            return new CsvTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

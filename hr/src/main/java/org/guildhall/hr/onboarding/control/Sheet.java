package org.guildhall.hr.onboarding.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/**
 * One sheet of an onboarding workbook as its checker sees it: the rows by their key (a key given twice is a problem on
 * the later row, and only the first is checked further), and the problems found in the sheet.
 */
abstract class Sheet {

    private final String name;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<CellError> errors = new ArrayList<>();

    Sheet(String name, String key, List<Row> all) {
        this.name = name;
        for (Row row : all) {
            Cells cells = cells(row);
            String value = cells.text(key);
            if (value == null) {
                cells.required(key);
            } else if (rows.putIfAbsent(value, row) != null) {
                cells.error(key, value + " is already on row " + rows.get(value).number());
            }
        }
    }

    final String name() {
        return name;
    }

    /** The rows with a key, each key once, in sheet order. */
    final Collection<Row> rows() {
        return rows.values();
    }

    final Set<String> keys() {
        return rows.keySet();
    }

    final int size() {
        return rows.size();
    }

    /** The problems found so far, by row; a row's own problems in the order they were found. */
    final List<CellError> errors() {
        List<CellError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(CellError::row));
        return sorted;
    }

    final Cells cells(Row row) {
        return new Cells(name, row, errors);
    }

    /** What stores one row of a sheet of parents and children: true when it added or changed something. */
    @FunctionalInterface
    interface Store {
        boolean put(String code, String name, String parentCode, String last);
    }

    /** Stores every row, parents first, with its {@code last} column too; answers how many were added or changed. */
    final int loadParentsFirst(String last, Store store) {
        int changed = 0;
        for (Row row : parentsFirst()) {
            changed += store.put(row.get("code").text(), row.get("name").text(), row.get("parentCode").text(),
                    row.get(last).text()) ? 1 : 0;
        }
        return changed;
    }

    /** The rows ordered so that each parent in the sheet comes before its children (the check refused cycles). */
    final List<Row> parentsFirst() {
        List<Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Row> waiting = new ArrayList<>(rows.values());
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            waiting.removeIf(row -> {
                String parent = row.get("parentCode").text();
                if (parent == null || !rows.containsKey(parent) || placed.contains(parent)) {
                    ordered.add(row);
                    placed.add(row.get("code").text());
                    return true;
                }
                return false;
            });
            if (waiting.size() == before) {
                ordered.addAll(waiting); // a loop of parents: the database refuses it and the load rolls back
                break;
            }
        }
        return ordered;
    }
}

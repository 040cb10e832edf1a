package org.guildhall.platform.domain;

import java.util.List;

/** An uploaded file that cannot be loaded: unreadable as a whole, or with every bad cell named, in sheet and row order. */
public final class InvalidFile extends DomainException {

    private final List<CellError> cells;

    public InvalidFile(String detail, List<CellError> cells) {
        super(detail);
        this.cells = List.copyOf(cells);
    }

    public InvalidFile(String detail) {
        this(detail, List.of());
    }

    public List<CellError> cells() {
        return cells;
    }
}

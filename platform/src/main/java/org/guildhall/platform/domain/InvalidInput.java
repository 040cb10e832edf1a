package org.guildhall.platform.domain;

import java.util.List;

/** The input itself cannot be taken: each bad field named as its sender named it, with what is wrong with it. */
public final class InvalidInput extends DomainException {

    private final List<Field> fields;

    public InvalidInput(String detail, List<Field> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public InvalidInput(String detail) {
        this(detail, List.of());
    }

    public List<Field> fields() {
        return fields;
    }

    /** One bad field: {@code name} in the input's own naming. */
    public record Field(String name, String message) {

        /** A field of a request's line, {@code lines[2].quantity}: the line's index, then the field's own name. */
        public static final java.util.regex.Pattern IN_LINE = java.util.regex.Pattern.compile("lines\\[(\\d+)\\]\\.(\\w+)");
    }
}

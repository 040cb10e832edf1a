package org.guildhall.platform.domain;

import java.util.List;

/** Well formed, but a business rule refuses it (would overdraw leave, does not balance, net pay below zero). */
public final class RuleRefused extends DomainException {

    private final List<InvalidInput.Field> fields;

    public RuleRefused(String detail, List<InvalidInput.Field> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public RuleRefused(String detail) {
        this(detail, List.of());
    }

    /** The fields the rule is about, when it is about particular ones. */
    public List<InvalidInput.Field> fields() {
        return fields;
    }
}

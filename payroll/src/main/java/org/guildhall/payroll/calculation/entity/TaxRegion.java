package org.guildhall.payroll.calculation.entity;

/** Whose income tax rates a code carries: the S prefix is Scotland's, C is Wales's, none is the rest of the UK. */
public enum TaxRegion {
    REST_OF_UK(""),
    SCOTLAND("S"),
    WALES("C");

    private final String prefix;

    TaxRegion(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}

package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A tax year's Class 1 National Insurance: named thresholds (LEL, PT, ST, UEL, UST, ...) and the categories, each with
 * its own rates (the employer's included).
 */
public record NiRates(Map<String, NiThreshold> thresholds, SortedMap<Character, NiCategoryRates> categories) {

    public NiRates {
        thresholds = Map.copyOf(thresholds);
        categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
        for (String required : new String[] {"LEL", "PT", "ST", "UEL"}) {
            if (!thresholds.containsKey(required)) {
                throw new IllegalArgumentException("the " + required + " threshold is missing");
            }
        }
        for (NiCategoryRates category : categories.values()) {
            if (!thresholds.containsKey(category.employerThreshold())) {
                throw new IllegalArgumentException("category " + category.letter() + " names an unknown threshold " + category.employerThreshold());
            }
        }
    }

    public BigDecimal threshold(String name, PayFrequency frequency) {
        return thresholds.get(name).per(frequency);
    }
}

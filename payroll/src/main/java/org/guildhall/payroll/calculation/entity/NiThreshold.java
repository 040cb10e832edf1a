package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;

/**
 * An NI threshold for each earnings period, as HMRC publishes it. Two- and four-weekly figures are not twice or four
 * times the weekly one: HMRC's tables (and its 2025-26 test data) use the annual figure over 26 or 13 rounded up to
 * the pound, so the four-weekly primary threshold is 967, not 968. They are data, like the others.
 */
public record NiThreshold(BigDecimal weekly, BigDecimal fortnightly, BigDecimal fourWeekly, BigDecimal monthly, BigDecimal annual) {

    public BigDecimal per(PayFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> weekly;
            case FORTNIGHTLY -> fortnightly;
            case FOUR_WEEKLY -> fourWeekly;
            case MONTHLY -> monthly;
        };
    }
}

package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;

/**
 * One income tax band in taxable pay (after the allowance): its rate and the annual taxable pay it reaches, or no
 * limit for the top band. Limits are cumulative: rest-of-UK basic rate to 37,700, higher rate to 125,140.
 */
public record TaxBand(BigDecimal upTo, BigDecimal rate) {

    public boolean top() {
        return upTo == null;
    }
}

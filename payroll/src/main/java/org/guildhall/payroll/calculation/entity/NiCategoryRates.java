package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;

/**
 * What one NI category letter pays: the employee's rate on earnings from the primary threshold to the upper earnings
 * limit and above it, and the threshold above which the employer pays (the secondary threshold, or for relieved
 * categories the under-21, apprentice, veteran, Freeport or Investment Zone upper secondary threshold: the employer
 * pays 0% below it), at the year's employer rate (or none, for category X: no liability, such as under-16s).
 */
public record NiCategoryRates(char letter, BigDecimal employeeMainRate, BigDecimal employeeUpperRate, String employerThreshold,
                              BigDecimal employerRate) {
}

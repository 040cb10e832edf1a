/**
 * The values a gross-to-net works with: tax years, pay frequencies and periods, tax codes, NI categories and loan
 * plans, and one tax year's rates and thresholds as loaded from data.
 */
package org.guildhall.payroll.calculation.entity;

package org.guildhall.hr.expenses.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.guildhall.platform.money.Money;

/**
 * A line as claimed, before {@link ClaimRules} has checked it: for mileage the miles and vehicle (the amount is worked
 * out), otherwise the amount and its VAT. Anything may be missing; saying so is the rules' job.
 */
public record ClaimLine(LocalDate date, String category, Money amount, Money vat, BigDecimal miles, Mileage.Vehicle vehicle,
                        boolean london, String description) {
}

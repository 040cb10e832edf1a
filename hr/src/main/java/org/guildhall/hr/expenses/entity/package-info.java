/**
 * The claims and their rules, without the container: the claim's lifecycle ({@code ExpenseClaim}), the policy
 * ({@code ExpensePolicy}), what may be claimed and submitted ({@code ClaimRules}), mileage ({@code Mileage},
 * {@code CarMiles}) and what may be kept as a receipt ({@code ReceiptFile}).
 */
package org.guildhall.hr.expenses.entity;

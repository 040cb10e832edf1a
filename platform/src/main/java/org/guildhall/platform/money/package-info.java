/**
 * Sterling amounts ({@link org.guildhall.platform.money.Money}) and the one rule for money in a request
 * ({@link org.guildhall.platform.money.Amount}: a string with at most two decimals, never a JSON number).
 */
package org.guildhall.platform.money;

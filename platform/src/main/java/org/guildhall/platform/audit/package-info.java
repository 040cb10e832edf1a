/**
 * The audit trail: an append-only record of every change to people, money and permissions (who, for whom, what,
 * before and after), written in the same transaction as the change and hash-chained per tenant so that an edited
 * or deleted row shows on verification.
 */
package org.guildhall.platform.audit;

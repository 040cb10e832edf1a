/**
 * The general ledger: balanced, immutable journals posted through one boundary that every module calls (idempotent on
 * source and reference), reversals as the only correction, the per-period account balances kept in the posting's own
 * transaction, and the trial balance read from them.
 */
package org.guildhall.finance.ledger;

/**
 * Finance's published boundary for other modules: {@link org.guildhall.finance.posting.Posting} (post a journal,
 * idempotent on source and reference; the account for a purpose; cost centres) and the
 * {@link org.guildhall.finance.posting.JournalDraft} it takes. hr, payroll and procurement import only this package
 * of finance; {@code ledger}, {@code chart} and {@code calendar} are finance's own.
 */
package org.guildhall.finance.posting;

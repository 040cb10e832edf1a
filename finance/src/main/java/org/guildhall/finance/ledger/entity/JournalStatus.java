package org.guildhall.finance.ledger.entity;

/** A posted journal stays posted; a reversal marks it REVERSED and posts its mirror. */
public enum JournalStatus {
    POSTED, REVERSED
}

package org.guildhall.finance.calendar.entity;

/** Whether postings may still be made. */
public enum PeriodStatus {
    OPEN, CLOSED
}

package org.guildhall.platform.demo;

import java.time.YearMonth;

/**
 * One module's part of the demo centre's year, found as CDI beans. Called on first start for each demo tenant, outside
 * any transaction: each piece of work runs in {@link DemoTenant#inTransaction} and at the time it happened through
 * {@link org.guildhall.platform.time.Clocks#actingAt}. Everything random comes from {@link DemoTenant#random}, so the
 * demo is the same on every first start.
 */
public interface DemoActivity {

    /** Lower first, in each step: people (100) before leave and expenses (200), payroll (300) and purchasing (400). */
    int order();

    /** What the tenant needs before its year begins (people, suppliers, payroll details). */
    default void prepare(DemoTenant tenant) {
    }

    /** The tenant's activity in {@code month}, one of the demo year's, oldest first. */
    void month(DemoTenant tenant, YearMonth month);
}

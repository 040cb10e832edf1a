package org.guildhall.platform.database;

/**
 * Fired inside the transaction that created the demo tenant and its users, scoped to it: modules add demonstration
 * data of their own (HR adds the employee records the demo users are linked to).
 */
public record DemoSeeded(String tenant) {
}

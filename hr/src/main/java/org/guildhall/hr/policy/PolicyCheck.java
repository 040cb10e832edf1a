package org.guildhall.hr.policy;

import jakarta.json.JsonObject;

/**
 * A check of one policy document by the module that reads it, run before an edited policy is stored: a module that
 * depends on hr (payroll's pay policy) implements it as a bean, so hr stores documents it cannot read itself.
 */
public interface PolicyCheck {

    /** The policy this checks, such as {@code pay-policy}. */
    String policy();

    /** Refuses a document the module could not work from, saying what is wrong (an {@link IllegalArgumentException}). */
    void check(JsonObject document);
}

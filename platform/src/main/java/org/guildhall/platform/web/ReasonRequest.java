package org.guildhall.platform.web;

/**
 * {@code {reason}}: why something is turned down, held or accepted, for the person it is told to. Whether a reason is
 * required, and how long it may be, is the use case's rule.
 */
public record ReasonRequest(String reason) {

    /** The reason stripped; null when absent or blank. */
    @Override
    public String reason() {
        return Inputs.text(reason);
    }
}

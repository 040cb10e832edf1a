package org.guildhall.platform.web;

import jakarta.validation.constraints.Size;

/**
 * {@code {reason}}: why something is turned down, held or accepted, for the person it is told to. Whether a reason is
 * required is the use case's rule; no reason is kept longer than 500 characters, the columns' size.
 */
public record ReasonRequest(@Size(max = 500) String reason) {

    /** The reason stripped; null when absent or blank. */
    @Override
    public String reason() {
        return Inputs.text(reason);
    }
}

package org.guildhall.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The tenant a request addresses, set only after the caller's access to it has been checked. */
@RequestScoped
public class CurrentTenant {

    private String code;

    void admit(String code) {
        this.code = code;
    }

    /**
     * For work the application starts itself in a request context of its own (the demo centre on first start), with
     * no request for the gate to check: the work addresses {@code code}. Refused once a tenant is admitted.
     */
    public void admitForOwnWork(String code) {
        if (this.code != null) {
            throw new IllegalStateException("a tenant is already admitted in this context");
        }
        admit(code);
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }
}

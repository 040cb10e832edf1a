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

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }
}

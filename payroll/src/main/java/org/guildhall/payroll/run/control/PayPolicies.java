package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.platform.domain.Absent;

/**
 * The tenant's pay policy: its own {@code pay-policy} document, or the central-government template's for a tenant
 * onboarded before pay policies existed.
 */
@ApplicationScoped
public class PayPolicies {

    static final String NAME = "pay-policy";
    private static final PayPolicy TEMPLATE = PayPolicy.of(template());

    @Inject
    Policies policies;

    /** In the caller's transaction and tenant. */
    public PayPolicy current() {
        try {
            return PayPolicy.of(policies.document(NAME));
        } catch (Absent e) {
            return TEMPLATE;
        }
    }

    private static JsonObject template() {
        try (InputStream in = PayPolicies.class.getClassLoader().getResourceAsStream("hr/central-government/" + NAME + ".json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

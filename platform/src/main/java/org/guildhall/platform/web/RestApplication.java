package org.guildhall.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API of every module; resources in any module's jar are found by scanning. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Guildhall API", version = "v1",
        description = "Multi-tenant back office for government: HR, payroll, finance and procurement. "
                + "Tenant resources live under /api/v1/tenants/{tenant}; failures are application/problem+json."))
public class RestApplication extends Application {

    /** Jersey's multipart support (shipped with Payara Micro) for uploads sent as forms. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}

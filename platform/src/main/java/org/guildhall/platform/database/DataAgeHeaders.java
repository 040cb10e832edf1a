package org.guildhall.platform.database;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Puts a report's {@link DataAge} on its answer: {@code Data-Source: replica|primary} and {@code Data-As-Of: <instant>}. */
@Provider
public class DataAgeHeaders implements ContainerResponseFilter {

    @Inject
    DataAge age;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        age.source().ifPresent(source -> {
            response.getHeaders().putSingle(DataAge.SOURCE, source.name().toLowerCase(Locale.ROOT));
            response.getHeaders().putSingle(DataAge.AS_OF, age.asOf().orElseThrow().toString());
        });
    }
}

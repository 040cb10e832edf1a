package org.guildhall.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, as sign-in throttling counts it. Behind a load balancer every request arrives from
 * the balancer, so one address would stand for everyone: from a proxy named in {@code GUILDHALL_TRUSTED_PROXIES}
 * (comma-separated addresses; {@code scripts/run-cluster} names its HAProxy) the address is the last one the proxy
 * added to {@code X-Forwarded-For}. Anyone else's {@code X-Forwarded-For} is ignored: a client could write any
 * address there to dodge its count.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private List<String> proxies = List.of();

    @Inject
    void configure(@ConfigProperty(name = "guildhall.trusted.proxies") Optional<String> trusted) {
        proxies = trusted.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies.contains(remote)) {
            return remote;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return ADDRESS.matcher(last).matches() ? last : remote;
    }
}

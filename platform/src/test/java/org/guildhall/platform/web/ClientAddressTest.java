package org.guildhall.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void fromATrustedProxyTheClientIsTheLastAddressItAdded() {
        ClientAddress clients = trusting("127.0.0.1, 10.0.0.5");
        assertEquals("203.0.113.9", clients.of(request("127.0.0.1", "203.0.113.9")));
        // whatever the client itself wrote comes first; the proxy appends what it saw
        assertEquals("203.0.113.9", clients.of(request("10.0.0.5", "198.51.100.1, 203.0.113.9")));
        assertEquals("2001:db8::7", clients.of(request("127.0.0.1", "2001:db8::7")));
    }

    @Test
    void fromAnyoneElseTheHeaderIsIgnored() {
        assertEquals("198.51.100.20", trusting("127.0.0.1").of(request("198.51.100.20", "203.0.113.9")));
        assertEquals("127.0.0.1", trusting(null).of(request("127.0.0.1", "203.0.113.9")), "no proxy is trusted unless named");
    }

    @Test
    void aForwardedValueThatIsNoAddressIsIgnored() {
        ClientAddress clients = trusting("127.0.0.1");
        assertEquals("127.0.0.1", clients.of(request("127.0.0.1", "unknown")));
        assertEquals("127.0.0.1", clients.of(request("127.0.0.1", "1.2.3.4, ")));
        assertEquals("127.0.0.1", clients.of(request("127.0.0.1", null)));
    }

    private static ClientAddress trusting(String proxies) {
        ClientAddress clients = new ClientAddress();
        clients.configure(Optional.ofNullable(proxies));
        return clients;
    }

    /** A request from {@code remote} with that X-Forwarded-For header: the two things the class reads. */
    private static HttpServletRequest request(String remote, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwarded : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package org.guildhall.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.guildhall.platform.json.Json;

/**
 * Single sign-on through an OpenID Connect provider, alongside the local accounts, when {@code GUILDHALL_OIDC_ISSUER}
 * names one (with {@code GUILDHALL_OIDC_CLIENT_ID} and {@code GUILDHALL_OIDC_CLIENT_SECRET}). The provider's
 * discovery document gives its endpoints; its published keys (fetched and cached) check every token's signature; the
 * issuer, the audience (this client) and the expiry are checked against the real time. A person is matched to a local
 * account by one claim ({@code GUILDHALL_OIDC_CLAIM}): the provider says who they
 * are, Guildhall's own grants say what they may do, and a disabled account stays disabled. The claim has no default:
 * it must be one the provider keeps unique and its users cannot edit, or one person could take another's account.
 */
@ApplicationScoped
public class OpenId {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String claim;
    private volatile Provider provider;

    @Inject
    public OpenId(Config config) {
        this.issuer = config.getOptionalValue("guildhall.oidc.issuer", String.class).map(OpenId::withoutTrailingSlash).orElse(null);
        this.clientId = config.getOptionalValue("guildhall.oidc.client.id", String.class).orElse("guildhall");
        this.clientSecret = config.getOptionalValue("guildhall.oidc.client.secret", String.class).orElse("");
        this.claim = config.getOptionalValue("guildhall.oidc.claim", String.class).filter(c -> !c.isBlank()).orElse(null);
        if (issuer != null && claim == null) {
            java.util.logging.Logger.getLogger(OpenId.class.getName()).severe("GUILDHALL_OIDC_ISSUER is set but GUILDHALL_OIDC_CLAIM is not: "
                    + "single sign-on stays off until the claim that names a Guildhall account is chosen");
        }
    }

    /** For the container's proxy only. */
    protected OpenId() {
        this.issuer = null;
        this.clientId = null;
        this.clientSecret = null;
        this.claim = null;
    }

    /** On only when both the issuer and the matching claim are set: no claim is assumed safe to match on. */
    public boolean configured() {
        return issuer != null && !issuer.isBlank() && claim != null;
    }

    /** A token that cannot be taken: unsigned by the provider, expired, for another client, or without the claim. */
    public static final class Refused extends Exception {
        public Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The username an access token (a bearer on the API) vouches for. */
    public String usernameFromAccessToken(String token) throws Refused {
        return username(verify(token, null));
    }

    /** The username an ID token from the sign-in flow vouches for; its nonce must be the one this session sent. */
    public String usernameFromIdToken(String token, String nonce) throws Refused {
        JWTClaimsSet claims = verify(token, nonce);
        return username(claims);
    }

    /** Where to send the browser to sign in. */
    public URI authorisation(String redirect, String state, String nonce, String challenge) throws Refused {
        Map<String, String> query = Map.of("response_type", "code", "client_id", clientId, "redirect_uri", redirect,
                "scope", "openid profile", "state", state, "nonce", nonce, "code_challenge", challenge,
                "code_challenge_method", "S256");
        String endpoint = provider().authorisation();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    /** Exchanges the code the provider sent back for its ID token. */
    public String idToken(String code, String redirect, String verifier) throws Refused {
        String body = form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "code_verifier", verifier, "client_id", clientId));
        String basic = Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(provider().token()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Refused("the provider refused the code (" + response.statusCode() + ")", null);
            }
            JsonObject tokens = Json.createReader(new StringReader(response.body())).readObject();
            return tokens.getString("id_token");
        } catch (IOException | RuntimeException e) {
            throw new Refused("the provider's token endpoint could not be used", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted", e);
        }
    }

    private JWTClaimsSet verify(String token, String nonce) throws Refused {
        Provider known = provider();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, known.keys()));
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(known.issuer());
        if (nonce != null) {
            exact.claim("nonce", nonce);
        }
        // the expiry is checked against the real time, not the business clock: a token's life is a security matter
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId, exact.build(), Set.of("exp", "sub")));
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused("the token was not taken: " + e.getMessage(), e);
        }
    }

    private String username(JWTClaimsSet claims) throws Refused {
        Object value = claims.getClaim(claim);
        if (!(value instanceof String username) || username.isBlank()) {
            throw new Refused("the token has no " + claim + " claim", null);
        }
        return username;
    }

    /** The provider's endpoints and keys, read from its discovery document once. */
    private Provider provider() throws Refused {
        if (!configured()) {
            throw new Refused("single sign-on is not configured", null);
        }
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() throws Refused {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(15)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Refused("the provider's discovery document answered " + response.statusCode(), null);
            }
            JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
            String published = withoutTrailingSlash(document.getString("issuer"));
            if (!published.equals(issuer)) {
                throw new Refused("the provider calls itself " + published + ", not " + issuer, null);
            }
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(document.getString("jwks_uri")).toURL())
                    .retrying(true).build();
            return new Provider(document.getString("issuer"), document.getString("authorization_endpoint"),
                    document.getString("token_endpoint"), keys);
        } catch (IOException | RuntimeException e) {
            throw new Refused("the provider's discovery document could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted", e);
        }
    }

    private record Provider(String issuer, String authorisation, String token, JWKSource<SecurityContext> keys) {
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> enc(f.getKey()) + "=" + enc(f.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

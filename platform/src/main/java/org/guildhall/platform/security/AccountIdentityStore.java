package org.guildhall.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.account.entity.UserAccount;

/**
 * Checks a username and password against the local accounts. PBKDF2 is slow by design and HTTP Basic sends the
 * password on every request, so a successful check is remembered for a few minutes as a keyed MAC of the password,
 * tied to the stored hash (a password change or a disabled account ends it at once).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final String DUMMY_HASH = PasswordHasher.hash("timing-equaliser".toCharArray());

    @Inject
    AccountDirectory accounts;

    @Inject
    Caller caller;

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public AccountIdentityStore() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> found = accounts.findEnabled(login.getCaller());
        char[] password = login.getPassword().getValue();
        if (found.isEmpty()) {
            PasswordHasher.verify(password, DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        byte[] mac = mac(password);
        Verified remembered = verified.get(account.username());
        boolean valid = remembered != null && remembered.matches(account.passwordHash(), mac)
                || PasswordHasher.verify(password, account.passwordHash());
        if (!valid) {
            verified.remove(account.username());
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.put(account.username(), new Verified(account.passwordHash(), mac, Instant.now().plus(REMEMBER)));
        keep(account);
        return result(account);
    }

    /** The result for an account already signed in (a page session): no password, but still enabled. */
    public CredentialValidationResult resume(String username) {
        Optional<UserAccount> account = accounts.findEnabled(username);
        account.ifPresent(this::keep);
        return account.map(AccountIdentityStore::result).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Hands the checked account to this request's {@link Caller}; outside a request there is nothing to keep. */
    private void keep(UserAccount account) {
        try {
            caller.signedIn(account);
        } catch (ContextNotActiveException noRequest) {
            // the account is read again when asked for
        }
    }

    private static CredentialValidationResult result(UserAccount account) {
        Set<String> groups = account.platformRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.username(), groups);
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(PasswordHasher.utf8(password));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required", e);
        }
    }

    private record Verified(String passwordHash, byte[] mac, Instant until) {
        boolean matches(String currentHash, byte[] candidate) {
            return passwordHash.equals(currentHash) && Instant.now().isBefore(until) && MessageDigest.isEqual(mac, candidate);
        }
    }
}

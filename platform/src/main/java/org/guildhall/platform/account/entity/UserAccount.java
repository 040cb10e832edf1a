package org.guildhall.platform.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.guildhall.platform.security.PlatformRole;

/** A person who can sign in. Usernames are stored lower-case and compared that way. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_platform_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<PlatformRole> platformRoles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = normalise(username);
        if (!USERNAME.matcher(this.username).matches()) {
            throw new IllegalArgumentException("username must be 2-64 characters: letters, digits, . _ @ -");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name is required");
        }
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Switches the account off: it cannot sign in, and a signed-in page session ends at its next request. */
    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void grant(PlatformRole role) {
        platformRoles.add(role);
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public long version() { return version; }

    public Set<PlatformRole> platformRoles() {
        return platformRoles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(platformRoles);
    }

    public boolean isOperator() {
        return platformRoles.contains(PlatformRole.OPERATOR);
    }
}

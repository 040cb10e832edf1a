package org.guildhall.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A person the OpenID provider has vouched for, in an ID token already checked ({@link OpenId#usernameFromIdToken}):
 * only server code that did that check makes one, to sign the person in to a page session.
 */
public record OpenIdCredential(String username) implements Credential {
}

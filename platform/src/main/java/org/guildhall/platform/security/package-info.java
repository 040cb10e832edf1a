/**
 * Sign-in and access: one Jakarta Security authentication mechanism (HTTP Basic for the API, a session after form
 * sign-in for pages) over one identity store of local accounts, PBKDF2 password hashes, and the per-tenant role
 * check every API request passes through.
 */
package org.guildhall.platform.security;

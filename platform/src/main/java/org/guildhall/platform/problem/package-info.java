/**
 * Failures as RFC 9457 problem details: the exceptions use cases throw, and the one set of JAX-RS mappers that
 * turns every failure (including container and parsing errors) into {@code application/problem+json}.
 */
package org.guildhall.platform.problem;

/**
 * The shared web layer: the JAX-RS application at {@code /api/v1}, health, paging, security headers, and the one way a
 * JSON request body enters ({@link org.guildhall.platform.web.RequestBodyReader}: a request record, its form checked
 * against the record, then its Bean Validation constraints, all answered in one 400).
 */
package org.guildhall.platform.web;

/** The shared web layer: the JAX-RS application at {@code /api/v1}, health, paging, and security headers. */
package org.guildhall.platform.web;

/**
 * Domain exceptions: how controls and engines refuse, without HTTP naming. {@link
 * org.guildhall.platform.domain.InvalidInput} (bad input, per field), {@link org.guildhall.platform.domain.InvalidFile}
 * (an uploaded file that cannot be loaded, per cell), {@link org.guildhall.platform.domain.Absent}, {@link
 * org.guildhall.platform.domain.NotPermitted}, {@link org.guildhall.platform.domain.StateConflict} and {@link
 * org.guildhall.platform.domain.RuleRefused}. Boundaries let them through; {@code platform.problem} maps them to 400
 * (both kinds of bad input), 404, 403, 409 and 422 problem details.
 */
package org.guildhall.platform.domain;

/**
 * The platform every business module stands on: tenancy, sign-in, audit, errors, the schema and the shared web
 * layer. Business modules depend on it; it depends on none of them.
 */
package org.guildhall.platform;

/**
 * The database: the application's data source (connecting as a role that row-level security applies to), the
 * Flyway migration run at start-up as the schema owner, and first-start seeding; and where read-only reports read
 * (a streaming replica when one is configured and current enough, else the primary) and how old their data is.
 */
package org.guildhall.platform.database;

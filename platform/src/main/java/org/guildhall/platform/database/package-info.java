/**
 * The database: the application's data source (connecting as a role that row-level security applies to), the
 * Flyway migration run at start-up as the schema owner, and first-start seeding.
 */
package org.guildhall.platform.database;

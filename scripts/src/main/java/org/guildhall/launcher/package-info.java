/**
 * Starting Guildhall on one machine: an embedded PostgreSQL (unless {@code GUILDHALL_DB_URL} names a server), then
 * ROOT.war on Payara Micro as a child process, and a clean stop of both on Ctrl-C or SIGTERM.
 */
package org.guildhall.launcher;

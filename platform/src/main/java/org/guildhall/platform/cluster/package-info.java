/**
 * Running as a cluster: several instances share one PostgreSQL, and a long job must run on exactly one of them and
 * survive losing it. A job is leased in the database ({@code job_lease}) to the instance running it, which renews the
 * lease every few seconds; an instance that stops renewing (killed, say) loses it, and another instance takes it over
 * and hands it to the module that owns its kind ({@link org.guildhall.platform.cluster.LeasedWork}) to resume. Each
 * chunk a job commits first checks, in its own transaction, that its instance still holds the lease
 * ({@link org.guildhall.platform.cluster.Leases#guard}), so a job that lost its lease writes nothing more.
 */
package org.guildhall.platform.cluster;

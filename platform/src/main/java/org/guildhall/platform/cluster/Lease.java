package org.guildhall.platform.cluster;

/**
 * A lease on one piece of work ({@code work}, unique: "payroll-run/acme/12"), of a {@code kind} that names the module
 * resuming it, in a tenant or none. {@code token} is the fencing token: it grows with every claim and takeover, and a
 * job carries the one it started with. {@code lost} is the job execution of the instance this lease was taken from,
 * when it was taken over, else null.
 */
public record Lease(String work, String kind, String tenant, long token, Long lost) {
}

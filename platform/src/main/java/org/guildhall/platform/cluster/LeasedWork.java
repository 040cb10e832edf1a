package org.guildhall.platform.cluster;

/**
 * A module's work that is leased, resumed when its instance is lost. Implemented by a CDI bean per kind; the
 * {@link LeaseWatcher} finds them all and takes over only the expired leases of the kinds it finds.
 */
public interface LeasedWork {

    /** The kind of lease this module owns, as claimed. */
    String kind();

    /**
     * Resumes the work of a lease this instance has just taken over, outside any transaction. The resumed job carries
     * {@code lease.token()}; if there is nothing left to do, release the lease. An exception releases it too.
     */
    void resume(Lease lease);
}

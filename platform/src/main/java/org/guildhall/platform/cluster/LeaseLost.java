package org.guildhall.platform.cluster;

/**
 * This instance no longer holds a lease it worked under: it stopped renewing it long enough for another instance to
 * take it over, which now does the work. Whatever transaction meets this must roll back.
 */
public class LeaseLost extends RuntimeException {

    public LeaseLost(String work, long token) {
        super("the lease on " + work + " (token " + token + ") is no longer this instance's: another instance took it over");
    }
}

package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.guildhall.platform.domain.StateConflict;

/**
 * The runs this instance is calculating now. A run left CALCULATING that is not here was being calculated when its
 * server stopped (killed, say), and calculating it again resumes it. One instance for now; running as a cluster will
 * need a lease in the database instead (see the roadmap).
 */
@ApplicationScoped
public class ActiveRuns {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /**
     * Claims a run for a calculation being prepared in the current transaction, which keeps the claim only if it
     * commits; a run already being calculated here is 409.
     */
    void claimWhileCommitted(String tenant, long run, TransactionSynchronizationRegistry transaction) {
        if (!running.add(key(tenant, run))) {
            throw new StateConflict("This run is being calculated: wait for it to finish.");
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    release(tenant, run);
                }
            }
        });
    }

    boolean isRunning(String tenant, long run) {
        return running.contains(key(tenant, run));
    }

    void release(String tenant, long run) {
        running.remove(key(tenant, run));
    }

    private static String key(String tenant, long run) {
        return tenant + "/" + run;
    }
}

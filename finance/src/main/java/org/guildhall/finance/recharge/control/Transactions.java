package org.guildhall.finance.recharge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a piece of work in a transaction (joining the caller's, or its own): for the steps of work that spans several. */
@ApplicationScoped
public class Transactions {

    @Transactional
    public <T> T required(Supplier<T> work) {
        return work.get();
    }
}

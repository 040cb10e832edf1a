package org.guildhall.it.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The one step of the test-only probe job: does nothing, so the only thing tested is where the runtime records it. */
@Named("probeBatchlet")
@Dependent
public class ProbeBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "PROBED";
    }
}

package org.guildhall.payroll.run.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.guildhall.payroll.run.entity.Payee;
import org.guildhall.payroll.run.entity.PayslipCalculation;

/** Works out one employee's payslip, or the exceptions that hold it back, with the partition's calculation. */
@Named("payslipProcessor")
@Dependent
public class PayslipProcessor implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        return ((PayslipCalculation) step.getTransientUserData()).calculate((Payee) item);
    }
}

package org.guildhall.payroll.run.boundary;

import java.util.List;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.payroll.run.entity.PayrollRun;

/** A run as the API shows it: state, progress, totals, exceptions, and the journal once approved. */
public record RunView(long id, String schedule, boolean offCycle, String taxYear, int period, String payDate, String periodStart, String periodEnd,
                      String status, Progress progress, Totals totals, List<RunQueries.Held> exceptions, Long journalId,
                      String failure, String calculatedBy, String approvedBy) {

    public record Progress(int done, int total) {
    }

    public record Totals(int employees, String gross, String tax, String employeeNi, String employerNi, String studentLoan,
                         String postgraduateLoan, String pensionEmployee, String pensionEmployer, String expenses, String deductions,
                         String net) {

        static Totals of(PayrollRun.Totals t) {
            return new Totals(t.employees(), t.gross().toString(), t.tax().toString(), t.employeeNi().toString(), t.employerNi().toString(),
                    t.studentLoan().toString(), t.postgraduateLoan().toString(), t.pensionEmployee().toString(),
                    t.pensionEmployer().toString(), t.expenses().toString(), t.deductions().toString(), t.net().toString());
        }
    }

    static RunView of(RunQueries.RunState state) {
        return view(state.run(), state.done(), state.exceptions());
    }

    static RunView summary(PayrollRun run) {
        return view(run, -1, null);
    }

    private static RunView view(PayrollRun run, int done, List<RunQueries.Held> exceptions) {
        return new RunView(run.id(), run.schedule(), run.offCycle(), run.taxYear().toString(), run.period(), run.payDate().toString(),
                run.periodStart().toString(), run.periodEnd().toString(), run.status().name(),
                new Progress(done < 0 ? (run.status() == PayrollRun.Status.DRAFT ? 0 : run.total()) : done, run.total()),
                Totals.of(run.totals()), exceptions, run.journalId(), run.failure(), run.calculatedBy(),
                run.decision() == null ? null : run.decision().by());
    }
}

package org.guildhall.payroll.rti;

/**
 * How an RTI document reaches HMRC. There is no network to HMRC's Transaction Engine here, so the deployment's
 * transport keeps documents unsent ({@link NotSent}); a real one would post the GovTalk message, poll for the answer and
 * report it. Kept behind this interface so nothing else changes when it is written.
 */
public interface RtiTransport {

    /** What became of a document offered to HMRC. */
    enum Outcome { NOT_SENT, SENT, ACCEPTED, REJECTED }

    Outcome offer(String kind, long runId, String irmark);
}

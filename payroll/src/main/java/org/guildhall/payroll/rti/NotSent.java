package org.guildhall.payroll.rti;

import jakarta.enterprise.context.ApplicationScoped;

/** The transport of a deployment with no connection to HMRC: every document is kept, none is sent. */
@ApplicationScoped
public class NotSent implements RtiTransport {

    @Override
    public Outcome offer(String kind, long runId, String irmark) {
        return Outcome.NOT_SENT;
    }
}

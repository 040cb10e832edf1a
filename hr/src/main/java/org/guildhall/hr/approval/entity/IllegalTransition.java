package org.guildhall.hr.approval.entity;

import org.guildhall.platform.problem.Problem;

/** An item asked to move to a state its current state does not lead to: approving a cancelled request, say. */
public class IllegalTransition extends Problem.Conflict {

    public IllegalTransition(String detail) {
        super(detail);
    }
}

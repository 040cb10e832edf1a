package org.guildhall.platform.domain;

/** The current state does not allow it: already decided, period closed, already exists, changed by someone else. */
public final class StateConflict extends DomainException {

    public StateConflict(String detail) {
        super(detail);
    }
}

package org.guildhall.platform.domain;

/** The actor may not do this (the requester deciding their own request, a role that does not reach it). */
public final class NotPermitted extends DomainException {

    public NotPermitted(String detail) {
        super(detail);
    }
}

package org.guildhall.platform.domain;

/** The thing asked for does not exist, or is not the caller's to see; the two are deliberately not told apart. */
public final class Absent extends DomainException {

    public Absent(String detail) {
        super(detail);
    }
}

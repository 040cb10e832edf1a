package org.guildhall.platform.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refusal by the business rules, thrown by controls and engines that know nothing of HTTP (a batch job calls them
 * too). It rolls the transaction back and reaches the boundary unwrapped, also through EJBs; the platform's problem
 * mappers turn each kind into its problem+json answer.
 */
@ApplicationException(rollback = true)
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, InvalidFile, Absent, NotPermitted, StateConflict, RuleRefused {

    protected DomainException(String detail) {
        super(detail);
    }
}

package org.guildhall.payroll.run.entity;

/**
 * Why an employee gets no payslip from a calculation until someone fixes it and calculates again. A run never fails
 * for one bad record: its exceptions are listed beside the payslips of everyone else.
 */
public record PayException(String employeeNumber, Code code, String message) {

    public enum Code {
        NO_PAYROLL_PROFILE, INVALID_TAX_CODE, NO_CONFIRMED_BANK_DETAILS, NEGATIVE_NET_PAY, NEGATIVE_PAY,
        OVER_CEILING, NO_PENSION_RATES, INVALID_PROFILE, UNKNOWN_PAY_ELEMENT
    }
}

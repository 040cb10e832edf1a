package org.guildhall.payroll.calculation.entity;

/** A loan repaid through payroll. At most one undergraduate plan is deducted at a time; a postgraduate loan as well. */
public enum StudentLoanPlan {
    PLAN_1,
    PLAN_2,
    PLAN_4,
    PLAN_5,
    POSTGRADUATE;

    public boolean undergraduate() {
        return this != POSTGRADUATE;
    }
}

package org.guildhall.procurement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.demo.DemoTenant;

/**
 * One thing a person of the tenant's does on a day, at the hour they sit down to it: the unit of the demo's plan.
 * Everyone's steps of a day at one desk are done in one sitting, one transaction, in the order of their
 * {@link Action#rank}.
 */
record Step(LocalDate day, Desk desk, Action action) {

    /**
     * Who does the work and when in the day: the buyer in the morning (they also keep the payables ledger), the second
     * payables clerk before lunch, the head in the afternoon, finance last.
     */
    enum Desk {
        BUYER(DemoTenant.BUYER, LocalTime.of(10, 0)),
        /** The buyer again, proposing a payment run once the morning's invoices are in: a transaction of its own. */
        PAYMENTS(DemoTenant.BUYER, LocalTime.of(10, 40)),
        PAYABLES(PurchasingPlan.PAYABLES, LocalTime.of(11, 30)),
        HEAD(DemoTenant.HEAD, LocalTime.of(15, 0)),
        FINANCE(DemoTenant.FINANCE, LocalTime.of(16, 10));

        final int person;
        final LocalTime time;

        Desk(int person, LocalTime time) {
            this.person = person;
            this.time = time;
        }
    }

    /** What is done; orders are named by the plan's {@link DemoOrder}, whose stored ids only the doing learns. */
    sealed interface Action {

        /**
         * Where it comes in its sitting: goods booked in before the invoices that bill them, so that those match, and
         * requisitions decided before variances, and runs approved last.
         */
        int rank();

        /** The buyer raises a requisition for the order and submits it. */
        record Raise(DemoOrder order) implements Action {
            public int rank() {
                return 5;
            }
        }

        /** An approver by limit decides it: approved, it becomes the purchase order. */
        record Decide(DemoOrder order, boolean approve, String reason) implements Action {
            public int rank() {
                return 1;
            }
        }

        /** The supplier cannot deliver after all: the buyer cancels the order, releasing its commitment. */
        record Cancel(DemoOrder order) implements Action {
            public int rank() {
                return 4;
            }
        }

        /** Goods that {@code arrived} are booked in: {@code quantities} by order line. */
        record Receive(DemoOrder order, LocalDate arrived, Map<Integer, BigDecimal> quantities) implements Action {
            public int rank() {
                return 1;
            }
        }

        /** The buyer, as AP clerk, turns an invoice in the queue back to the supplier. */
        record Reject(DemoOrder order, String reason) implements Action {
            public int rank() {
                return 2;
            }
        }

        /** An invoice that {@code arrived}, dated {@code dated}, is entered and matched against the order. */
        record Enter(DemoOrder order, LocalDate arrived, LocalDate dated, List<DemoOrder.Billed> lines) implements Action {
            public int rank() {
                return 3;
            }
        }

        /** Someone other than who entered it, by the size of the variance, accepts an invoice's price variance. */
        record Accept(DemoOrder order, String reason) implements Action {
            public int rank() {
                return 2;
            }
        }

        /** The clerk proposes a payment run of whatever is due by {@code payDate}. */
        record ProposeRun(LocalDate payDate) implements Action {
            public int rank() {
                return 1;
            }
        }

        /** An AP approver approves the run proposed that morning: its invoices are paid on its pay date. */
        record ApproveRun(long run) implements Action {
            public int rank() {
                return 3;
            }
        }
    }
}

/** The one place that decides who may act for whom, and records a decision's reason, audit and notice. */
package org.guildhall.hr.approval.control;

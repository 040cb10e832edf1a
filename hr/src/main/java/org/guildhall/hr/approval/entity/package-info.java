/** The pure parts of approvals: what is being decided, the amount limit and why someone may not decide. */
package org.guildhall.hr.approval.entity;

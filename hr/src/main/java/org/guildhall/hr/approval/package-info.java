/**
 * Approvals: who may act for whom on a request that needs someone else's decision. Leave and expense claims use it
 * now; payroll runs, requisitions, purchase orders and supplier invoices are meant to use it unchanged. The rule:
 * the line manager decides, or whoever the manager named as delegate for today; HR decides for people with no
 * manager; above an amount limit from the tenant's {@code approval-limits} policy, the holder of a named role
 * decides; never the requester, never whoever prepared the item. A decision holds the item's row, so of several
 * deciding at once exactly one wins and the others find it already decided (409).
 */
package org.guildhall.hr.approval;

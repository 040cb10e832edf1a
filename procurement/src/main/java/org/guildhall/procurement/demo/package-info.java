/**
 * Purchasing and payables' part of the demo centre: each demo tenant's suppliers, budgets for what it buys, and a year
 * of requisitions, orders, receipts, invoices (a few held as exceptions) and payment runs, planned from the tenant's
 * seeded randomness and done through the services as its people would have done them.
 */
package org.guildhall.procurement.demo;

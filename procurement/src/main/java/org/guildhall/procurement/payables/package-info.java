/** Accounts payable: supplier invoices, matched three ways against orders and receipts, and their exception queue. */
package org.guildhall.procurement.payables;

/** The purchasing pages: requisitions with their budget answer, the approval queue, purchase orders and goods receipts. */
package org.guildhall.procurement.purchasing.pages;

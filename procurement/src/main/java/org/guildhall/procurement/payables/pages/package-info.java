/**
 * The accounts payable page: the prompt-payment measure of a period as a chart drawn on the server beside a table of
 * the same figures, and the invoice exception queue.
 */
package org.guildhall.procurement.payables.pages;

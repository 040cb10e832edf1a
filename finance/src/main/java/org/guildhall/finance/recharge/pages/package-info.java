/**
 * The centre's metering and recharge page (operators), in the centre's console: each tenant's metered counts of a
 * month, its statement's total and whether it is approved. Read only: approving stays with the API.
 */
package org.guildhall.finance.recharge.pages;

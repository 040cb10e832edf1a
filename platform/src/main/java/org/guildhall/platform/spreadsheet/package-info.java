/** Writing .xlsx safely and in little memory: the one place exports decide how text and amounts become cells. */
package org.guildhall.platform.spreadsheet;

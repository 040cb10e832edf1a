/**
 * Payroll's part of the demo centre: its people made ready to be paid, and a run a month made, calculated and
 * approved through the payroll services as the demo's payroll admin and head would have, at the times they would have.
 */
package org.guildhall.payroll.demo;

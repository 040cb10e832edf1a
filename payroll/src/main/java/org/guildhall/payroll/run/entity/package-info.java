/**
 * Payroll runs' own types: pay schedules and their pay dates so far (the run, its payslips and its profile inputs come
 * with the payroll-run issue). Pure code, unit tested; the engine they feed is {@code payroll.calculation}.
 */
package org.guildhall.payroll.run.entity;

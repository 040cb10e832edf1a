/** {@code POST /api/v1/payroll/calculations}: the gross-to-net on its own, stateless, for checking and for other systems. */
package org.guildhall.payroll.calculation.boundary;

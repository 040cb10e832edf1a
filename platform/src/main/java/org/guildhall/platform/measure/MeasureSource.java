package org.guildhall.platform.measure;

import java.time.YearMonth;
import java.util.List;

/**
 * A module's service measures of one tenant for one month, worked out from its own data inside a transaction already
 * scoped to the tenant (a bean of each module that has some: hr's leave and expenses, payroll's runs, procurement's
 * invoices). Called by the measures job only, never on a page request.
 */
public interface MeasureSource {

    List<Measured> measure(YearMonth month);
}

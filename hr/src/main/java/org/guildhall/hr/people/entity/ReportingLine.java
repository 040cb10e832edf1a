package org.guildhall.hr.people.entity;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Line management as a chain upwards: an employee may not end up managing, however indirectly, their own manager. */
public final class ReportingLine {

    private ReportingLine() {
    }

    /**
     * Whether making {@code manager} the line manager of {@code employee} would close a loop, following each
     * person's current manager with {@code managerOf} (null at the top).
     */
    public static boolean wouldLoop(String employee, String manager, UnaryOperator<String> managerOf) {
        Set<String> seen = new HashSet<>();
        for (String above = manager; above != null; above = managerOf.apply(above)) {
            if (above.equals(employee) || !seen.add(above)) {
                return true;
            }
        }
        return false;
    }
}

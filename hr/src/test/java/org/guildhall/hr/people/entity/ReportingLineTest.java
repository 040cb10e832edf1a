package org.guildhall.hr.people.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingLineTest {

    // E4 -> E3 -> E2 -> E1 (top); E5 -> E1
    static final Map<String, String> MANAGER = Map.of("E4", "E3", "E3", "E2", "E2", "E1", "E5", "E1");

    @Test
    void managingSomeoneOutsideYourOwnLineIsFine() {
        assertFalse(ReportingLine.wouldLoop("E5", "E4", MANAGER::get));
        assertFalse(ReportingLine.wouldLoop("E4", "E5", MANAGER::get));
    }

    @Test
    void anyoneBelowYouCannotBecomeYourManager() {
        assertTrue(ReportingLine.wouldLoop("E1", "E2", MANAGER::get), "direct report");
        assertTrue(ReportingLine.wouldLoop("E1", "E4", MANAGER::get), "three levels down");
        assertTrue(ReportingLine.wouldLoop("E2", "E2", MANAGER::get), "yourself");
    }

    @Test
    void aLoopAlreadyInTheDataEndsTheWalk() {
        Map<String, String> broken = Map.of("A", "B", "B", "A");
        assertTrue(ReportingLine.wouldLoop("C", "A", broken::get));
    }
}

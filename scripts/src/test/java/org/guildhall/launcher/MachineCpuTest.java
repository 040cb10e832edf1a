package org.guildhall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void idleAndIowaitAreNotBusyAndGuestTimeIsNotCountedTwice() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        MachineCpu before = MachineCpu.parse("cpu  100 0 50 800 50 0 0 0 30 0");
        MachineCpu after = MachineCpu.parse("cpu  250 0 100 850 50 0 0 0 90 0");
        assertEquals(150, before.busy());
        assertEquals(1000, before.total());
        // 200 busy ticks of 250 spent
        assertEquals(0.8, after.busySince(before), 1e-9);
    }

    @Test
    void aLineThatIsNotTheSummaryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MachineCpu.parse("cpu0 1 2 3 4"));
        assertThrows(IllegalArgumentException.class, () -> MachineCpu.parse("intr 12345"));
    }
}

package org.guildhall.hr.leave.entity;

import java.time.LocalDate;
import org.guildhall.hr.leave.entity.WorkingTime.Half;

/**
 * The dates a request covers, to the half day: from the morning (or only the afternoon) of {@code start} to the
 * evening (or only the morning) of {@code end}. As half-day slots (two per day) two spans overlap exactly when
 * their slot ranges do, so a morning off and an afternoon off on the same day do not clash.
 */
public record Span(LocalDate start, Half startHalf, LocalDate end, Half endHalf) {

    public Span {
        startHalf = startHalf == null ? Half.MORNING : startHalf;
        endHalf = endHalf == null ? Half.AFTERNOON : endHalf;
    }

    public int firstSlot() {
        return Math.toIntExact(start.toEpochDay() * 2 + (startHalf == Half.AFTERNOON ? 1 : 0));
    }

    public int lastSlot() {
        return Math.toIntExact(end.toEpochDay() * 2 + (endHalf == Half.MORNING ? 0 : 1));
    }

    /** Whether the span covers at least one half day: it does not end before it starts, nor end at the start's midday. */
    public boolean isValid() {
        return !end.isBefore(start) && lastSlot() >= firstSlot();
    }

    public boolean overlaps(Span other) {
        return firstSlot() <= other.lastSlot() && other.firstSlot() <= lastSlot();
    }
}

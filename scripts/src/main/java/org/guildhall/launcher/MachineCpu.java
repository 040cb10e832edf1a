package org.guildhall.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * How busy this machine's processors were between two readings of Linux's {@code /proc/stat}. A benchmark that shares
 * the machine with the server, its database and its own load generator says with it how close the machine was to full:
 * a latency figure taken with the processors 95% busy is queueing, not the code.
 */
record MachineCpu(long busy, long total) {

    /** The counters now, or empty where there is no {@code /proc/stat} (not Linux). */
    static Optional<MachineCpu> read() {
        try {
            return Optional.of(parse(Files.readAllLines(Path.of("/proc/stat")).get(0)));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    /** The summary line {@code cpu user nice system idle iowait irq softirq steal ...}: idle and iowait are not busy. */
    static MachineCpu parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 5) {
            throw new IllegalArgumentException("not /proc/stat's cpu line: " + line);
        }
        // guest time is already inside user and nice, so only the first eight count
        long[] ticks = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
        long total = Arrays.stream(ticks).sum();
        long idle = ticks[3] + (ticks.length > 4 ? ticks[4] : 0);
        return new MachineCpu(total - idle, total);
    }

    /** The share of processor time spent busy since {@code earlier}, from 0 to 1. */
    double busySince(MachineCpu earlier) {
        long spent = total - earlier.total;
        return spent <= 0 ? 0 : (double) (busy - earlier.busy) / spent;
    }
}

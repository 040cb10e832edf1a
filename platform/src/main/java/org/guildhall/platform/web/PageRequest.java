package org.guildhall.platform.web;

import java.util.List;
import org.guildhall.platform.problem.Problem;

/** {@code ?page=0&size=50}, checked: page from 0, size 1 to 500. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw Problem.BadRequest.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problem.BadRequest.invalid("size", "must be from 1 to " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** A page of results as the API answers it. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}

package org.guildhall.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.guildhall.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        PageRequest paging = PageRequest.of(null, null);
        assertEquals(0, paging.page());
        assertEquals(50, paging.size());
        assertEquals(0, paging.offset());
    }

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(1500, PageRequest.of(3, 500).offset());
    }

    @Test
    void outOfRangeValuesAreBadRequests() {
        Problem negative = assertThrows(Problem.BadRequest.class, () -> PageRequest.of(-1, 10));
        assertEquals("page", negative.errors().get(0).field());
        assertEquals("size", assertThrows(Problem.BadRequest.class, () -> PageRequest.of(0, 501)).errors().get(0).field());
        assertThrows(Problem.BadRequest.class, () -> PageRequest.of(0, 0));
    }
}

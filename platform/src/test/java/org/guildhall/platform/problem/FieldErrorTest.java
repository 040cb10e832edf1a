package org.guildhall.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bean Validation puts a list item's index on the node after the list; the body names it after the list's name. */
class FieldErrorTest {

    record Node(String getName, ElementKind getKind, Integer getIndex) implements Path.Node {
        @Override public boolean isInIterable() { return getIndex != null; }
        @Override public Object getKey() { return null; }
        @Override public <T extends Path.Node> T as(Class<T> type) { return type.cast(this); }
    }

    static Path path(Node... nodes) {
        return new Path() {
            @Override public Iterator<Path.Node> iterator() {
                return List.<Path.Node>of(nodes).iterator();
            }
        };
    }

    static Node method() { return new Node("post", ElementKind.METHOD, null); }
    static Node parameter() { return new Node("request", ElementKind.PARAMETER, null); }
    static Node property(String name) { return new Node(name, ElementKind.PROPERTY, null); }
    static Node item(String name, int index) { return new Node(name, ElementKind.PROPERTY, index); }

    @Test
    void aFieldOfTheBodyIsNamedAsInTheBody() {
        assertEquals("date", FieldError.fieldOf(path(method(), parameter(), property("date"))));
        assertEquals("admin.password", FieldError.fieldOf(path(property("admin"), property("password"))));
    }

    @Test
    void aFieldOfAListItemCarriesTheIndexAfterTheList() {
        assertEquals("lines[0].amount", FieldError.fieldOf(path(method(), parameter(), property("lines"), item("amount", 0))));
        assertEquals("lines[2]", FieldError.fieldOf(path(property("lines"),
                new Node("<list element>", ElementKind.CONTAINER_ELEMENT, 2))));
    }

    @Test
    void theBodyItselfIsBody() {
        assertEquals("body", FieldError.fieldOf(path(method(), parameter())));
    }
}

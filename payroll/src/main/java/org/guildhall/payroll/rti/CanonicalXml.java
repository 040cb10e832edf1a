package org.guildhall.payroll.rti;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A streaming XML writer whose output is already in Canonical XML 1.0 form (W3C C14N, without comments): UTF-8, no XML
 * declaration, every element written with a start and an end tag, attributes in the order C14N puts them (the caller
 * gives a namespace declaration first, then the rest by name, which is checked), and C14N's escaping of text ({@code &
 * < >} and carriage return) and attribute values ({@code & < "} and tab, line feed, carriage return). HMRC's IRmark is
 * the SHA-1 of the canonical form of the message's Body, so writing that form directly lets a document of any size be
 * marked as it streams; StAX's writers escape and close empty elements differently, so they cannot be used for it.
 */
final class CanonicalXml implements AutoCloseable {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    CanonicalXml(OutputStream output) {
        this.out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Opens an element; {@code attributes} are name, value pairs: any xmlns first, then the others in name order. */
    CanonicalXml start(String name, String... attributes) {
        write("<");
        write(name);
        String previous = null;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String attribute = attributes[i];
            if (!attribute.equals("xmlns")) {
                if (previous != null && previous.compareTo(attribute) > 0) {
                    throw new IllegalArgumentException("attributes out of canonical order: " + previous + ", " + attribute);
                }
                previous = attribute;
            }
            write(" ");
            write(attribute);
            write("=\"");
            write(escapeAttribute(attributes[i + 1]));
            write("\"");
        }
        write(">");
        open.push(name);
        return this;
    }

    CanonicalXml end() {
        write("</");
        write(open.pop());
        write(">");
        return this;
    }

    /** An element holding only text. */
    CanonicalXml element(String name, String text, String... attributes) {
        start(name, attributes);
        write(escapeText(text));
        return end();
    }

    /** An element only when there is something to say. */
    CanonicalXml optional(String name, String text) {
        return text == null ? this : element(name, text);
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        flush();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escapeText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\r' -> escaped.append("&#xD;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String escapeAttribute(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '"' -> escaped.append("&quot;");
                case '\t' -> escaped.append("&#x9;");
                case '\n' -> escaped.append("&#xA;");
                case '\r' -> escaped.append("&#xD;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

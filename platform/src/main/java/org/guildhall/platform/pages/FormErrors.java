package org.guildhall.platform.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.problem.FieldError;

/**
 * A form's problems as a page shows them: each under the form field it belongs to (its anchor, from the API's field
 * name), and all of them in the error summary, those of a line starting "Line N: ".
 */
public record FormErrors(Map<String, String> byAnchor, List<Map<String, String>> summary) {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)\\]\\..*");

    public static FormErrors of(List<FieldError> errors, UnaryOperator<String> anchor) {
        Map<String, String> byAnchor = new HashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (FieldError e : errors) {
            String at = anchor.apply(e.field());
            byAnchor.merge(at, e.message(), (a, b) -> a + ". " + b);
            Matcher line = LINE.matcher(e.field());
            summary.add(Map.of("field", at, "message", (line.matches() ? "Line " + (Integer.parseInt(line.group(1)) + 1) + ": " : "") + e.message()));
        }
        return new FormErrors(byAnchor, summary);
    }

    /** The problem shown at the field {@code anchor}, or null. */
    public String at(String anchor) {
        return byAnchor.get(anchor);
    }

    /** Puts the error summary (and the page title's "Error: ") into {@code scope}. */
    public void into(Map<String, Object> scope) {
        scope.put("hasErrors", !summary.isEmpty());
        scope.put("errors", summary);
    }
}

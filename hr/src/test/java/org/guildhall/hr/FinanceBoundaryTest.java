package org.guildhall.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * hr sees finance only through its published boundary, {@code org.guildhall.finance.posting}. Reads every source file,
 * so a new class is checked without anyone adding it here.
 */
class FinanceBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/org/guildhall/hr");
    private static final Pattern FINANCE_IMPORT = Pattern.compile("^import (org\\.guildhall\\.finance\\.[\\w.]+);", Pattern.MULTILINE);
    /** Onboarding still maintains cost centres through the chart's control; it moves with the onboarding split. */
    private static final List<String> NOT_YET = List.of("onboarding");

    @Test
    void hrImportsNothingOfFinanceButItsPostingBoundary() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> internals = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> NOT_YET.stream().noneMatch(feature -> SOURCES.relativize(f).startsWith(feature)))
                    .flatMap(FinanceBoundaryTest::internalFinanceImports)
                    .sorted().toList();
            assertEquals(List.of(), internals, "hr reaches into finance's internals");
        }
    }

    private static Stream<String> internalFinanceImports(Path file) {
        try {
            Matcher imports = FINANCE_IMPORT.matcher(Files.readString(file));
            return imports.results().map(m -> m.group(1)).filter(name -> !name.startsWith("org.guildhall.finance.posting."))
                    .map(name -> SOURCES.relativize(file) + " imports " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

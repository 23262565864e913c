package org.seatkeeper.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view, dialog or UI helper sets a word a person reads directly: every such word comes from the
 * bundles (docs/decisions/0025-languages-and-time-zones.md). The test reads the source of every class
 * in a {@code ui} package and lists each string literal that looks like words: one with a space
 * between letters, one starting with a capital followed by a small letter ("Save", "Valid until"), or
 * one ending like a sentence. What is left out are the strings a program reads: bundle keys
 * ({@code users.save}), CSS classes and theme names, ids, routes, icon names ({@code vaadin:plus}), HTML
 * tags and attributes, CSS values ({@code var(--lumo-space-m)}) and date patterns of letters and digits.
 */
class ViewLiteralsTest {

    /**
     * Literals that look like words but are read by a program. Each is explained; keep it tiny.
     */
    private static final Set<String> NOT_WORDS = Set.of(
            // the product's name, the same in every language (the sign-in page's heading and the header)
            "Seatkeeper");

    private static final Path SOURCES = Path.of("src/main/java/org/seatkeeper");

    /** Two letters with a space between them, or a capital then a small letter, or a sentence's end. */
    private static final Pattern WORDS =
            Pattern.compile("(\\p{L}[,;:]?\\s+\\p{L})|(^\\s*\\p{Lu}\\p{Ll})|(\\p{L}[.!?]$)");

    /** Lumo's theme variants, which a component may take several of ("error primary"). */
    private static final Pattern THEME_VARIANTS = Pattern.compile(
            "^((primary|secondary|tertiary|tertiary-inline|error|success|warning|contrast|small|large|icon|badge|pill"
                    + "|compact|no-border|no-row-borders|row-stripes|wrap-cell-content|column-borders)\\s*)+$");

    /** JavaScript run in the browser ({@code executeJs}): read by the browser, not by a person. */
    private static final Pattern JAVASCRIPT = Pattern.compile("(=>|\\$0|\\bthis\\.|\\bdocument\\.|\\bwindow\\.)");

    /** CSS values, date and time patterns, and selectors: letters, but never words. */
    private static final Pattern PROGRAM_TEXT = Pattern.compile(
            "^(var\\(--.*|calc\\(.*|[yMdHhmsSaEXxZz:./' -]+|[-a-z0-9]+(\\.[-a-z0-9]+)*|[a-z]+:[-a-z0-9]+)$");

    @Test
    void no_view_sets_a_word_a_person_reads_directly() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : uiSources()) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            for (String literal : stringLiterals(Files.readString(file))) {
                if (looksLikeWords(literal)) {
                    found.add(name + ": \"" + literal + '"');
                }
            }
        }

        assertThat(found)
                .as("words set directly in views (use getTranslation with a key in both bundles)")
                .isEmpty();
    }

    @Test
    void the_scan_catches_words_and_lets_keys_classes_and_patterns_pass() {
        assertThat(stringLiterals("add(new Button(\"Save\")); h.setText(\"Hello, world.\"); // \"Not this\""))
                .containsExactly("Save", "Hello, world.");
        assertThat(List.of("Save", "Valid until", "no end date", "Done.", "Seats: 3", "<b>Signed in</b> ${item.when}"))
                .allMatch(ViewLiteralsTest::looksLikeWords);
        assertThat(List.of(
                        "users.save",
                        "access-log",
                        "vaadin:plus",
                        "aria-label",
                        "primary",
                        "var(--lumo-space-m) 0",
                        "yyyy-MM-dd HH:mm",
                        "{0}",
                        "error primary",
                        "<div class=\"user-name\"><span>${item.name}</span><span class=\"user-login\">${item.login}</span></div>",
                        "return navigator.clipboard.writeText($0).then(() => true);",
                        "Seatkeeper"))
                .noneMatch(ViewLiteralsTest::looksLikeWords);
    }

    static boolean looksLikeWords(String literal) {
        String text = readable(literal.strip());
        return !NOT_WORDS.contains(text)
                && !PROGRAM_TEXT.matcher(text).matches()
                && !THEME_VARIANTS.matcher(text).matches()
                && !JAVASCRIPT.matcher(text).find()
                && WORDS.matcher(text).find();
    }

    /**
     * What a person would read of a literal: of an HTML template (a renderer's row, say) only the text
     * between its tags, without the {@code ${...}} expressions that put data in.
     */
    private static String readable(String literal) {
        return literal.startsWith("<")
                ? literal.replaceAll("\\$\\{[^}]*}", " ")
                        .replaceAll("<[^>]*>", " ")
                        .strip()
                : literal;
    }

    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.getParent().getFileName().toString().equals("ui"))
                    .sorted()
                    .toList();
        }
    }

    /** The string literals of a Java source, without comments, characters or text blocks' indentation. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i)) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = end(source, source.indexOf("\"\"\"", i + 3));
                literals.add(source.substring(i + 3, close).strip());
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < source.length() && source.charAt(i) != c) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(source.charAt(Math.min(i, source.length() - 1)));
                    i++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(String source, int index) {
        return index < 0 ? source.length() : index;
    }
}

package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The two bundles stay complete and lean: every key in both languages, every key used. */
class TextsTest {

    private final Texts texts = new Texts();

    @Test
    void every_key_exists_in_english_and_in_swedish() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> swedish = keys("messages_sv.properties");

        assertThat(difference(english, swedish)).as("keys in English but not in Swedish").isEmpty();
        assertThat(difference(swedish, english)).as("keys in Swedish but not in English").isEmpty();
    }

    @Test
    void every_key_is_used_by_the_code() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(file -> file.toString().endsWith(".java")).map(TextsTest::read)
                    .collect(Collectors.joining("\n"));
        }

        Set<String> unused = keys("messages.properties").stream()
                .filter(key -> !code.contains('"' + key + '"'))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    @Test
    void a_swedish_reader_gets_swedish_words_and_an_english_reader_english_ones() {
        assertThat(texts.getTranslation("header.sign-out", Locale.forLanguageTag("sv-SE"))).isEqualTo("Logga ut");
        assertThat(texts.getTranslation("header.sign-out", Locale.UK)).isEqualTo("Sign out");
        assertThat(texts.getTranslation("header.sign-out", Locale.GERMANY)).as("a language we do not speak")
                .isEqualTo("Sign out");
    }

    @Test
    void arguments_are_put_into_the_sentence_in_the_readers_language() {
        assertThat(texts.text(Language.SWEDISH, "preferences.place.zone.saved", "America/New_York"))
                .isEqualTo("Tider visas nu i America/New_York.");
    }

    @Test
    void a_key_nobody_wrote_shows_itself_instead_of_breaking_the_page() {
        assertThat(texts.text(Language.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(texts.has("no.such.key")).isFalse();
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

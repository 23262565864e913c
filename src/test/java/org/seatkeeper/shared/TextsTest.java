package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.DirectoryRefusal;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The two bundles stay complete and lean: every key in both languages, every key used (refusals: by a
 * RefusalCode), and the English refusals exactly as the codes' templates say them.
 */
class TextsTest {

    private static final String REFUSAL = "refusal.";

    private final Texts texts = new Texts();

    @Test
    void every_key_exists_in_english_and_in_swedish() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> swedish = keys("messages_sv.properties");

        assertThat(difference(english, swedish))
                .as("keys in English but not in Swedish")
                .isEmpty();
        assertThat(difference(swedish, english))
                .as("keys in Swedish but not in English")
                .isEmpty();
    }

    @Test
    void no_key_is_written_twice_in_a_bundle() throws IOException {
        // Branches add their keys side by side and the bundles are merged by union: a key added by two of
        // them would silently keep only the later text.
        for (String file : List.of("messages.properties", "messages_sv.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                boolean continued = false;
                for (String line : text.split("\\R")) {
                    String entry = line.strip();
                    int equals = entry.indexOf('=');
                    boolean continuation = continued;
                    continued = entry.endsWith("\\") && !entry.startsWith("#");
                    if (continuation
                            || entry.isEmpty()
                            || entry.startsWith("#")
                            || entry.startsWith("!")
                            || equals < 0) {
                        continue;
                    }
                    String key = entry.substring(0, equals).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as("keys written twice in " + file).isEmpty();
        }
    }

    @Test
    void every_key_is_used_by_the_code() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(file -> file.toString().endsWith(".java"))
                    .map(TextsTest::read)
                    .collect(Collectors.joining("\n"));
        }

        Set<String> unused = keys("messages.properties").stream()
                .filter(key -> !key.startsWith(REFUSAL))
                .filter(key -> !code.contains('"' + key + '"'))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    @Test
    void every_refusal_key_is_the_code_of_a_refusal() throws IOException {
        Set<String> codes = refusalCodes().stream().map(Texts::refusalKey).collect(Collectors.toSet());

        Set<String> strays = keys("messages.properties").stream()
                .filter(key -> key.startsWith(REFUSAL))
                .filter(key -> !codes.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(strays).as("refusal keys no RefusalCode has").isEmpty();
    }

    @Test
    void every_refusal_code_has_its_sentence_in_english_and_in_swedish() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> swedish = keys("messages_sv.properties");

        Set<String> missing = refusalCodes().stream()
                .map(Texts::refusalKey)
                .filter(key -> !english.contains(key) || !swedish.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(refusalCodes()).as("the refusal codes found").hasSizeGreaterThan(40);
        assertThat(missing)
                .as("refusal codes without a sentence in both languages")
                .isEmpty();
    }

    @Test
    void the_english_sentence_of_every_refusal_is_exactly_its_codes_template() {
        for (RefusalCode code : refusalCodes()) {
            for (List<Object> arguments : List.of(List.<Object>of(1, 2, 3), List.<Object>of(7L, 20, 300))) {
                assertThat(texts.refusal(code, arguments, Language.ENGLISH))
                        .as(code.code() + " " + arguments)
                        .isEqualTo(code.english(arguments));
            }
        }
    }

    @Test
    void a_swedish_refusal_has_its_figures_and_its_plural() {
        RefusedException tooShort = new RefusedException(DirectoryRefusal.USERNAME_LENGTH, 1, 2, 150);

        assertThat(texts.refusal(tooShort, Language.SWEDISH))
                .isEqualTo("Användarnamnet har 1 tecken; använd 2 till 150.");
        assertThat(texts.refusal(tooShort, Language.ENGLISH))
                .isEqualTo("The username has 1 character; use 2 to 150.")
                .isEqualTo(tooShort.getMessage());
        assertThat(texts.refusal(new RefusedException(DirectoryRefusal.ADMINISTRATORS_FULL, 3, 3), Language.SWEDISH))
                .isEqualTo("Administratörskonton: 3 av 3 används. Inaktivera eller ta bort ett, eller be support om"
                        + " fler administratörskonton.");
        assertThat(texts.refusal(new RefusedException("Not coded yet."), Language.SWEDISH))
                .as("a refusal without a code")
                .isEqualTo("Not coded yet.");
    }

    /** Every constant of every {@link RefusalCode} enum of the application. */
    private static List<RefusalCode> refusalCodes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RefusalCode.class));
        return scanner.findCandidateComponents("org.seatkeeper").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(TextsTest::load)
                .filter(Class::isEnum)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(RefusalCode.class::cast)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_swedish_reader_gets_swedish_words_and_an_english_reader_english_ones() {
        assertThat(texts.getTranslation("header.sign-out", Locale.forLanguageTag("sv-SE")))
                .isEqualTo("Logga ut");
        assertThat(texts.getTranslation("header.sign-out", Locale.UK)).isEqualTo("Sign out");
        assertThat(texts.getTranslation("header.sign-out", Locale.GERMANY))
                .as("a language we do not speak")
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

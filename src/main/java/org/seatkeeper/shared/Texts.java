package org.seatkeeper.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every word a person reads, in their language: the bundles {@code messages.properties} (English) and
 * {@code messages_sv.properties}, formatted by ICU's MessageFormat so plurals and numbers follow the
 * language's rules ({@code {count, plural, one {# seat} other {# seats}}}). One bean serves both
 * Vaadin's views ({@link I18NProvider}, so {@code getTranslation} works in every component) and the
 * services, mails and API ({@link MessageSource}, named {@code messageSource} so Spring uses it too).
 * A key missing from the Swedish bundle falls back to English; a key missing from both is shown as
 * {@code !key!} rather than failing the page (TextsTest keeps both bundles complete).
 */
@Component("messageSource")
public class Texts implements I18NProvider, MessageSource {

    static final String BUNDLE = "messages";

    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(Language.of(locale), key, params);
    }

    /** The sentence for a key in a language, with its arguments put in. */
    public String text(Language language, String key, Object... args) {
        String pattern = pattern(language, key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        // Formatting applies even without arguments, so that quoting is read the same either way.
        Object[] figures = args == null ? new Object[0] : args;
        MessageFormat format = formats.computeIfAbsent(
                language.tag() + '\u0000' + key,
                ignored -> new MessageFormat(pattern, ULocale.forLocale(language.locale())));
        synchronized (format) {
            return format.format(figures);
        }
    }

    /**
     * A refusal in the reader's language: the sentence of its code (key {@code refusal.<code>}) with its
     * figures, or its English message for a refusal that has no code or whose code has no sentence yet.
     */
    public String refusal(RefusedException refused, Language language) {
        return refused.code()
                .map(code -> refusal(code, refused.arguments(), language))
                .orElseGet(refused::getMessage);
    }

    /** The sentence of a refusal code with these arguments, in a language (English: its template's sentence). */
    public String refusal(RefusalCode code, List<?> arguments, Language language) {
        return has(refusalKey(code))
                ? text(language, refusalKey(code), figures(arguments, language))
                : code.english(arguments);
    }

    /**
     * A refusal's arguments as the reader reads them: a term (a pool's name, where a session is) in the
     * reader's words, terms within terms too; dates stay ISO, as the English template and the API have them,
     * rather than ICU's date and time.
     */
    private Object[] figures(List<?> arguments, Language language) {
        return arguments.stream()
                .map(a -> switch (a) {
                    case Term term -> text(language, term.key(), figures(term.arguments(), language));
                    case TemporalAccessor time -> time.toString();
                    case null, default -> a;
                })
                .toArray();
    }

    /** The bundle key of a refusal code's sentence. */
    public static String refusalKey(RefusalCode code) {
        return "refusal." + code.code();
    }

    /** Whether a key exists in the English bundle, which every key must be in. */
    public boolean has(String key) {
        return pattern(Language.ENGLISH, key) != null;
    }

    /** The pattern of a key; a Swedish bundle's parent is the English one, so a missing key falls back. */
    private static String pattern(Language language, String key) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    static ResourceBundle bundle(Language language) {
        // The English bundle is the base file; no fallback to the server's own locale.
        return ResourceBundle.getBundle(
                BUNDLE,
                language == Language.ENGLISH ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        String pattern = code == null ? null : pattern(Language.of(locale), code);
        return pattern == null ? defaultMessage : text(Language.of(locale), code, args);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        if (code == null || pattern(Language.of(locale), code) == null) {
            throw new NoSuchMessageException(String.valueOf(code), locale);
        }
        return text(Language.of(locale), code, args);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                if (pattern(Language.of(locale), code) != null) {
                    return text(Language.of(locale), code, resolvable.getArguments());
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
    }
}

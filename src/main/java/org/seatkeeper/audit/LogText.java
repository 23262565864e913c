package org.seatkeeper.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/**
 * What a log row says (the access log's reason, the administration log's change): either codes with
 * their arguments, read in the reader's language, or the words of a row written before the codes,
 * shown as they are (docs/decisions/0029-log-codes-and-arguments.md).
 *
 * @param code  the stored code ("bad-password+locked-for"), null for a row of words
 * @param parts each code's bundle key with its arguments, in order
 * @param words the stored words of an older row, null for a coded one
 */
public record LogText(String code, List<Part> parts, String words) {

    /** One code's sentence: its bundle key and its arguments. */
    public record Part(String key, List<String> args) {}

    static LogText ofWords(String words) {
        return new LogText(null, List.of(), words);
    }

    /** A bundle lookup: a view's {@code getTranslation}, or {@link Texts} in a language. */
    @FunctionalInterface
    public interface Words {
        String text(String key, Object... args);
    }

    /** The reader's words: each code's sentence, joined by commas; an older row's own words. */
    public String in(Words reader) {
        if (code == null) {
            return words == null ? "" : words;
        }
        return parts.stream()
                .map(part -> reader.text(part.key(), part.args().toArray()))
                .collect(Collectors.joining(", "));
    }

    public String in(Texts texts, Language language) {
        return in((key, args) -> texts.text(language, key, args));
    }

    /**
     * An access log reason as stored: codes joined by "+", their arguments in order. A row written before the
     * codes is read through the same vocabulary that codes new rows ({@link AccessReason}), so it reads in
     * the reader's language too; words outside it show as written.
     */
    static LogText accessReason(String code, String argsJson, String words) {
        if (code == null) {
            return AccessReason.of(words)
                    .map(coded -> accessReason(coded.code(), LoggedArgs.json(coded.args()), words))
                    .orElseGet(() -> ofWords(words));
        }
        List<String> args = LoggedArgs.parse(argsJson);
        List<Part> parts = new ArrayList<>();
        int next = 0;
        for (String each : code.split("\\+")) {
            AccessReason reason = AccessReason.ofCode(each).orElse(null);
            if (reason == null) {
                // a code of a later version read by an older one: show what is stored rather than nothing
                return ofWords(code + (argsJson == null ? "" : " " + argsJson));
            }
            int end = Math.min(args.size(), next + reason.arity());
            parts.add(new Part(reason.key, List.copyOf(args.subList(next, end))));
            next = end;
        }
        return new LogText(code, List.copyOf(parts), null);
    }

    /**
     * An administrative change as stored: its kind's code and arguments. A row written before the codes holds
     * the kind's English phrase, which {@link ChangeKind} knows, so it reads in the reader's language too;
     * words outside it show as written.
     */
    static LogText change(String code, String argsJson, String words) {
        if (code == null) {
            return ChangeKind.ofEnglish(words)
                    .map(kind -> change(kind.code(), null, words))
                    .orElseGet(() -> ofWords(words));
        }
        return ChangeKind.ofCode(code)
                .map(kind -> new LogText(code, List.of(new Part(kind.key, LoggedArgs.parse(argsJson))), null))
                .orElseGet(() -> ofWords(code));
    }
}

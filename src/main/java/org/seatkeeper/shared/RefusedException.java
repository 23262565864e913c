package org.seatkeeper.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A request refused for a reason the person can act on: a broken rule or bad input. Its message is
 * shown to them as it is, so it must name the rule and the figures ("Documents: 20 of 20 in use").
 * A refusal made from a {@link RefusalCode} also carries that code and the figures as arguments, so a
 * program can tell refusals apart and a translation can say the same sentence, without reading the English.
 */
public class RefusedException extends RuntimeException {

    private final transient RefusalCode code;
    private final transient List<Object> arguments;

    public RefusedException(String message) {
        super(message);
        this.code = null;
        this.arguments = List.of();
    }

    /** The refusal {@code code} with these figures; its message is the code's English sentence. */
    public RefusedException(RefusalCode code, Object... arguments) {
        this(code, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
    }

    private RefusedException(RefusalCode code, List<Object> arguments) {
        super(code.english(arguments));
        this.code = code;
        this.arguments = arguments;
    }

    /** Which refusal this is, when it was made from a code (empty for refusals still written as text only). */
    public Optional<RefusalCode> code() {
        return Optional.ofNullable(code);
    }

    /** The figures and names the sentence is made of, in the order of the code's placeholders. */
    public List<Object> arguments() {
        return arguments;
    }
}

package org.seatkeeper.shared;

import java.util.List;

/**
 * What kind of refusal a {@link RefusedException} is, as a stable code for programs and translations,
 * with today's English sentence as a template over the refusal's arguments (docs/decisions/0023-value-objects-and-refusal-codes.md).
 * The placeholders are {@code {0}}, {@code {1}}, ... in the manner of {@link java.text.MessageFormat}, so
 * that a message bundle can later hold the same sentence in another language under {@link #code()}.
 * Implemented by one enum per module.
 */
public interface RefusalCode {

    /** Stable for programs and message bundles, such as {@code user.deleted}; never shown to people. */
    String code();

    /** Today's English sentence with {@code {n}} where the n-th argument goes. */
    String template();

    /** The English sentence for these arguments. A code whose sentence a template cannot say overrides this. */
    default String english(List<?> arguments) {
        String text = template();
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments.get(i)));
        }
        return text;
    }
}

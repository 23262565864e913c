package org.seatkeeper.audit;

/**
 * One field that an administrative change touched, as the log shows it: {@code field: before → after}.
 *
 * @param field  the field's name, or null when the record is a single value (a capacity, "enabled")
 * @param before its value before, or null when it came with the change (a creation)
 * @param after  its value after, or null when it went with the change (a deletion)
 */
public record FieldChange(String field, String before, String after) {

    /** "profile: Nurses → Readers", "capacity: 10 → 12", or just the value for a created or deleted record. */
    public String line() {
        return line(field, before, after);
    }

    /** {@link #line()} with the field's name and its fixed values ("none", "active") in the reader's words. */
    public String line(LogText.Words reader) {
        return line(
                ChangeVocabulary.field(field, reader),
                ChangeVocabulary.value(field, before, reader),
                ChangeVocabulary.value(field, after, reader));
    }

    private static String line(String field, String before, String after) {
        String value = before == null ? after : after == null ? before : before + " → " + after;
        return field == null ? value : field + ": " + value;
    }
}

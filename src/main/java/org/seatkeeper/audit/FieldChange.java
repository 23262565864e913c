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
        String value = before == null ? after : after == null ? before : before + " → " + after;
        return field == null ? value : field + ": " + value;
    }
}

package org.seatkeeper.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the state before and after an administrative change and keeps only what changed, so that
 * the log reads "position: Nurse 1 → none" instead of two whole records.
 *
 * <p>Records are written one {@code field: value} per line (see
 * org.seatkeeper.shared.AdministrativeChange). A single value ("10", "enabled") is compared as a
 * whole. Entries logged before records were written that way are comma-separated lists; when both
 * sides have as many parts, only the differing parts are kept.
 */
public final class ChangedFields {

    static final Pattern FIELD = Pattern.compile("([\\p{L}][\\p{L} ]{0,39}): (.*)");
    private static final String NONE = "none";

    private ChangedFields() {}

    public static List<FieldChange> between(String before, String after) {
        if (Objects.equals(before, after)) {
            return List.of();
        }
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        if (old != null && now != null) {
            return changedFields(old, now);
        }
        if (before == null && now != null) {
            return now.entrySet().stream()
                    .map(e -> new FieldChange(e.getKey(), null, e.getValue()))
                    .toList();
        }
        if (after == null && old != null) {
            return old.entrySet().stream()
                    .map(e -> new FieldChange(e.getKey(), e.getValue(), null))
                    .toList();
        }
        if (before != null && after != null && old == null && now == null) {
            List<String> oldParts = parts(before);
            List<String> newParts = parts(after);
            if (oldParts.size() > 1 && oldParts.size() == newParts.size()) {
                List<FieldChange> changes = new ArrayList<>();
                for (int i = 0; i < oldParts.size(); i++) {
                    if (!oldParts.get(i).equals(newParts.get(i))) {
                        changes.add(new FieldChange(null, oldParts.get(i), newParts.get(i)));
                    }
                }
                return changes;
            }
        }
        return List.of(new FieldChange(null, before, after));
    }

    private static List<FieldChange> changedFields(Map<String, String> old, Map<String, String> now) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> union = new LinkedHashMap<>(old);
        now.forEach(union::putIfAbsent);
        for (String field : union.keySet()) {
            String before = old.getOrDefault(field, NONE);
            String after = now.getOrDefault(field, NONE);
            if (!before.equals(after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    /** The record's fields in order, or null when the text is not one {@code field: value} per line. */
    static Map<String, String> fields(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FIELD.matcher(line.strip());
            if (!m.matches()) {
                return null;
            }
            fields.put(m.group(1), m.group(2));
        }
        return fields.isEmpty() ? null : fields;
    }

    /** Splits "a, b (c, d), e" at the commas outside brackets. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                parts.add(text.substring(start, i));
                start = i + 2;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}

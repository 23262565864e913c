package org.seatkeeper.audit;

import org.seatkeeper.shared.RefusalCode;

/** Every refusal of reading the logs, with its stable code and today's English sentence (ADR 0023). */
public enum AuditRefusal implements RefusalCode {
    /** Argument: the column asked for. */
    SORT_UNKNOWN("log.sort-unknown", "The log cannot be sorted by {0}.");

    private final String code;
    private final String template;

    AuditRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}

package org.seatkeeper.directory;

import org.seatkeeper.shared.Term;

/**
 * What a named pot counts, by name: all active users, the holders of a licence type, or the users of a
 * module. The English {@link #label()} is for logs, the API and refusals; people read {@link #phrase()}.
 */
public record PotName(PotScope scope, String name) {

    static final String ACTIVE_USERS = "Active users";
    private static final String LICENCES = " licences";

    /** "Active users", "Full licences", "Documents". */
    public String label() {
        return switch (scope) {
            case ACTIVE_USERS -> ACTIVE_USERS;
            case LICENCE_TYPE -> name + LICENCES;
            case MODULE -> name;
        };
    }

    /** The pot's name in the reader's language; a module keeps its own name. */
    public Phrase phrase() {
        return switch (scope) {
            case ACTIVE_USERS -> Phrase.of("pot.name.active-users");
            case LICENCE_TYPE -> Phrase.of("pot.name.licence-type", name);
            case MODULE -> Phrase.of("pot.name.module", name);
        };
    }

    /** The pot's name as a refusal's argument: the reader's words for it, its English label in logs. */
    public Term term() {
        Phrase words = phrase();
        return new Term(words.key(), words.arguments(), label());
    }

    /** "2 Documents licences", "1 active-user place", for a count of this pot's licences. */
    public Phrase licences(int count) {
        return scope == PotScope.ACTIVE_USERS
                ? Phrase.of("pot.licences.active-users", count)
                : Phrase.of("pot.licences.named", count, name);
    }

    /** "2 more Cases licences", "1 more active-user place". */
    public Phrase moreLicences(int count) {
        return scope == PotScope.ACTIVE_USERS
                ? Phrase.of("pot.more-licences.active-users", count)
                : Phrase.of("pot.more-licences.named", count, name);
    }

    /** Reads a label back; for figures written by hand in tests and previews that have only the label. */
    static PotName parse(String label) {
        if (label.equals(ACTIVE_USERS)) {
            return new PotName(PotScope.ACTIVE_USERS, null);
        }
        return label.endsWith(LICENCES)
                ? new PotName(PotScope.LICENCE_TYPE, label.substring(0, label.length() - LICENCES.length()))
                : new PotName(PotScope.MODULE, label);
    }
}

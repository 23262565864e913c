package org.seatkeeper.directory;

/**
 * A purchased number of simultaneous seats (seed 004), whose capacity the directory keeps and sessions
 * take seats from. The letters are the ones seed 004 prints its worked examples with ("F: 1 remaining").
 */
public enum ConcurrentPool {
    FULL_ACCESS("Full-access", 'F'),
    VIEW_ONLY("View-only", 'V'),
    RESERVED("Reserved", 'R');

    private final String label;
    private final char letter;

    ConcurrentPool(String label, char letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    /** The pool's name in the reader's language. */
    public Phrase phrase() {
        return switch (this) {
            case FULL_ACCESS -> Phrase.of("pool.full-access");
            case VIEW_ONLY -> Phrase.of("pool.view-only");
            case RESERVED -> Phrase.of("pool.reserved");
        };
    }

    public char letter() {
        return letter;
    }
}

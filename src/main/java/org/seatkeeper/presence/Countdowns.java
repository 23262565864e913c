package org.seatkeeper.presence;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A countdown sentence with its ticking seconds in the middle, in any language: the sentence is
 * translated whole with a mark where the figure goes, and the ticking span is put in its place, so
 * the words around it can stand in whatever order the language needs.
 */
final class Countdowns {

    /** Stands for the seconds in the translated sentence; never part of any text. */
    static final String MARK = "\u0000";

    private Countdowns() {}

    static Paragraph around(Span seconds, String sentence) {
        int at = sentence.indexOf(MARK);
        if (at < 0) {
            return new Paragraph(new Span(sentence));
        }
        return new Paragraph(
                new Span(sentence.substring(0, at)), seconds, new Span(sentence.substring(at + MARK.length())));
    }
}

package org.seatkeeper.shared;

import java.util.List;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;

/**
 * Strong random passwords for first start, demo data and administrator resets. Passay guarantees
 * the character mix that a hand-rolled generator tends to get subtly wrong.
 */
public final class PasswordGenerator {

    public static final int LENGTH = 20;

    private static final org.passay.PasswordGenerator GENERATOR = new org.passay.PasswordGenerator();
    private static final List<CharacterRule> RULES = List.of(
            new CharacterRule(EnglishCharacterData.UpperCase, 2),
            new CharacterRule(EnglishCharacterData.LowerCase, 2),
            new CharacterRule(EnglishCharacterData.Digit, 2));

    private PasswordGenerator() {}

    /** A 20-character password of letters and digits: easy to copy, about 119 bits of entropy. */
    public static String generate() {
        return GENERATOR.generatePassword(LENGTH, RULES);
    }
}

package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/**
 * The administration log's subjects and records in the reader's words: ours translated, the customer's
 * names and figures as written, and in English exactly what was stored.
 */
class ChangeVocabularyTest {

    final Texts texts = new Texts();
    final LogText.Words swedish = (key, args) -> texts.text(Language.SWEDISH, key, args);
    final LogText.Words english = (key, args) -> texts.text(Language.ENGLISH, key, args);

    @Test
    void a_subject_reads_its_kind_in_swedish_and_keeps_its_names() {
        assertThat(ChangeVocabulary.subject("user jdoe (Jane Doe)", swedish)).isEqualTo("användare jdoe (Jane Doe)");
        assertThat(ChangeVocabulary.subject("session 42 of jdoe (Jane Doe)", swedish))
                .isEqualTo("session 42 för jdoe (Jane Doe)");
        assertThat(ChangeVocabulary.subject("session settings", swedish)).isEqualTo("sessionsinställningar");
        assertThat(ChangeVocabulary.subject("pot Read-Train licences", swedish))
                .isEqualTo("licenspott Read-Train-licenser");
        assertThat(ChangeVocabulary.subject("pot Active users", swedish)).isEqualTo("licenspott Aktiva användare");
        assertThat(ChangeVocabulary.subject("pot Documents", swedish)).isEqualTo("licenspott Documents");
        assertThat(ChangeVocabulary.subject("pool View-only", swedish)).isEqualTo("platspott Läsplats");
        assertThat(ChangeVocabulary.subject("alert rules of Full-access", swedish))
                .isEqualTo("varningsregler för Full åtkomst");
    }

    @Test
    void a_subject_outside_the_vocabulary_shows_as_written() {
        assertThat(ChangeVocabulary.subject("printer Floor 3", swedish)).isEqualTo("printer Floor 3");
    }

    @Test
    void in_english_every_subject_and_record_reads_exactly_as_it_was_stored() {
        for (String subject : new String[] {
            "user jdoe (Jane Doe)", "session 7 of jdoe (Jane Doe)", "pool Full-access", "alert rules of Reserved",
            "administrator accounts", "API client Records app", "username pmoss", "address 10.0.0.1",
            "pot Active users", "pot Read-Train licences", "pot Documents"
        }) {
            assertThat(ChangeVocabulary.subject(subject, english)).isEqualTo(subject);
        }
        for (String record : new String[] {
            "name: Pat Moss\nrole: Administrator\nstatus: inactive\nvalid until: no end date",
            "stale after 90 s, idle timeout 30 min, auto timeout enabled, warning 60 s before",
            "lock after 5 failures, first lock 60 s, longest 900 s, failures forgotten after 720 min\n"
                    + "address paused after 30 failures in 10 min, for 300 s",
            "open since 2026-11-30T10:00:00Z, Overflow (view only) seat",
            "Clinical (with secondary All)",
            "Contractor, can log in, pot capacity 0",
            "token skt_ab12…, valid until 2027-01-01"
        }) {
            assertThat(ChangeVocabulary.record(record, english)).isEqualTo(record);
        }
    }

    @Test
    void a_record_of_its_own_reads_part_by_part_with_its_figures() {
        assertThat(ChangeVocabulary.record(
                        "stale after 90 s, idle timeout 30 min, auto timeout enabled, warning 60 s before", swedish))
                .isEqualTo("övergiven efter 90 s, tidsgräns vid inaktivitet 30 min, automatisk utloggning på, "
                        + "varning 60 s före");
        assertThat(ChangeVocabulary.record("open, stale", swedish)).isEqualTo("öppen, övergiven");
        assertThat(ChangeVocabulary.record("Contractor, can log in, pot capacity 0", swedish))
                .isEqualTo("Contractor, kan logga in, licenspottens kapacitet 0");
    }

    @Test
    void a_fixed_value_of_one_field_is_read_only_in_that_field_so_a_name_stays_a_name() {
        assertThat(ChangeVocabulary.record("role: Administrator\nprofile: Administrator\nposition: none", swedish))
                .isEqualTo("roll: Administratör\nprofil: Administrator\nbefattning: ingen");
        assertThat(new FieldChange("profile", "Support", "Reserved").line(swedish))
                .isEqualTo("profil: Support → Reserved");
        assertThat(new FieldChange("concurrent seats", "Full-access", "Reserved").line(swedish))
                .isEqualTo("samtidiga platser: Full åtkomst → Reserverad");
        assertThat(new FieldChange("position", "Nurse 1", "none").line(swedish))
                .isEqualTo("befattning: Nurse 1 → ingen");
    }
}

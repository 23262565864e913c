package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    static final String PAT = """
            name: Pat Moss
            username: pmoss
            profile: Documents only (Full; modules: Documents)
            position: Nurse 1
            status: active""";

    private static List<String> lines(String before, String after) {
        return ChangedFields.between(before, after).stream()
                .map(FieldChange::line)
                .toList();
    }

    @Test
    void only_the_fields_that_changed_are_kept_each_as_field_before_and_after() {
        String after = PAT.replace("Nurse 1", "none").replace("status: active", "status: inactive");

        assertThat(lines(PAT, after)).containsExactly("position: Nurse 1 → none", "status: active → inactive");
    }

    @Test
    void a_value_with_commas_semicolons_or_colons_stays_one_field() {
        String after = PAT.replace("modules: Documents)", "modules: Cases, Documents)");

        assertThat(lines(PAT, after))
                .containsExactly(
                        "profile: Documents only (Full; modules: Documents) → Documents only (Full; modules: Cases, Documents)");
    }

    @Test
    void a_field_only_on_one_side_counts_as_none_on_the_other() {
        assertThat(lines("name: A", "name: A\nvalid until: 2030-01-31"))
                .containsExactly("valid until: none → 2030-01-31");
    }

    @Test
    void a_created_record_lists_its_fields_and_a_deleted_one_what_it_was() {
        assertThat(lines(null, "name: Readers\nmodules: Documents"))
                .containsExactly("name: Readers", "modules: Documents");
        assertThat(lines("name: Readers\nmodules: Documents", null))
                .containsExactly("name: Readers", "modules: Documents");
    }

    @Test
    void a_single_value_is_compared_whole() {
        assertThat(lines("10", "12")).containsExactly("10 → 12");
        assertThat(lines("enabled", "disabled")).containsExactly("enabled → disabled");
        assertThat(lines(null, "Nurse 1")).containsExactly("Nurse 1");
        assertThat(ChangedFields.between("Nurse 1", "Nurse 1")).isEmpty();
        assertThat(ChangedFields.between(null, null)).isEmpty();
    }

    @Test
    void an_older_comma_separated_record_keeps_only_the_differing_parts() {
        String before =
                "Pat Moss, username pmoss, profile Docs (Full; modules: Cases, Documents), position Nurse 1, active";
        String after =
                "Pat Moss, username pmoss, profile Docs (Full; modules: Cases, Documents), position none, inactive";

        assertThat(lines(before, after)).containsExactly("position Nurse 1 → position none", "active → inactive");
        assertThat(lines("stale after 90 s, idle timeout 30 min", "stale after 90 s, idle timeout 45 min"))
                .containsExactly("idle timeout 30 min → idle timeout 45 min");
    }

    @Test
    void texts_of_different_shapes_are_shown_whole() {
        assertThat(lines("open, stale", "closed")).containsExactly("open, stale → closed");
        assertThat(lines("deleted", "name: Pat")).containsExactly("deleted → name: Pat");
    }
}

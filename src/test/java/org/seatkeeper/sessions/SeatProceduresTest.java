package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SeatProceduresTest {

    @Autowired
    SeatProcedures procedures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_take_and_release_procedure_exists_once_the_application_has_started() {
        List<String> names = procedures.statements(true).procedures().stream()
                .map(SeatProcedure::name)
                .toList();

        assertThat(names).hasSize(2 * AdmissionClass.values().length + 2).doesNotHaveDuplicates();
        assertThat(routines()).containsAll(names);
    }

    @Test
    void installing_again_changes_nothing_as_a_second_node_starting_does() {
        List<String> before = routines();

        procedures.install(procedures.statements(true));

        assertThat(routines()).isEqualTo(before);
    }

    @Test
    void a_missing_procedure_is_created_and_one_present_is_left_alone() {
        List<String> unrecorded = procedures.statements(false).procedures().stream()
                .map(SeatProcedure::name)
                .toList();
        unrecorded.forEach(name -> jdbc.execute("DROP PROCEDURE IF EXISTS " + name));
        assertThat(routines()).doesNotContainAnyElementsOf(unrecorded);

        procedures.install(procedures.statements(false));

        assertThat(routines()).containsAll(unrecorded);
        long created = proceduresCreated();
        procedures.install(procedures.statements(false));
        assertThat(proceduresCreated())
                .as("no CREATE PROCEDURE at all: an account without CREATE ROUTINE would be refused even IF NOT EXISTS")
                .isEqualTo(created);
    }

    @Test
    void a_procedure_whose_text_changes_gets_another_name_so_an_older_node_keeps_its_own() {
        SeatProcedure today = SeatProcedure.of("seat_release", "IN p_pool VARCHAR(16)", "BEGIN SELECT 1; END");
        SeatProcedure tomorrow = SeatProcedure.of("seat_release", "IN p_pool VARCHAR(16)", "BEGIN SELECT 2; END");

        assertThat(today.name()).startsWith("seat_release_").isNotEqualTo(tomorrow.name());
        assertThat(SeatProcedure.of("seat_release", "IN p_pool VARCHAR(16)", "BEGIN SELECT 1; END"))
                .isEqualTo(today);
        assertThat(today.call()).isEqualTo("CALL " + today.name() + "(?)");
    }

    @Test
    void recording_and_not_recording_call_procedures_of_their_own() {
        assertThat(procedures.statements(false).release().name())
                .isNotEqualTo(procedures.statements(true).release().name());
        assertThat(procedures.statements(false).release().body()).doesNotContain("minute");
        assertThat(procedures.statements(true).release().body()).contains("minute_peak");
    }

    private long proceduresCreated() {
        return jdbc.queryForObject(
                "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_CREATE_PROCEDURE'",
                Long.class);
    }

    private List<String> routines() {
        return jdbc.queryForList(
                "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
                        + " AND ROUTINE_NAME LIKE 'seat\\\\_%' ORDER BY ROUTINE_NAME",
                String.class);
    }
}

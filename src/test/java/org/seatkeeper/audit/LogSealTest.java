package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSealTest {

    final SigningKey key = new SigningKey("a key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));
    final LocalDateTime at = LocalDateTime.of(2026, 11, 30, 9, 15, 0, 120_000_000);

    @Test
    void moving_text_from_one_field_to_the_next_changes_the_signed_text() {
        String one = ChainedLog.access(at, "ann;", "10.0.0.1", true, "signed in", null, "portal", null, null);
        String other = ChainedLog.access(at, "ann", ";10.0.0.1", true, "signed in", null, "portal", null, null);

        assertThat(one).isNotEqualTo(other);
        assertThat(key.sign(one)).isNotEqualTo(key.sign(other));
    }

    @Test
    void a_missing_value_is_signed_differently_from_an_empty_one() {
        assertThat(ChainedLog.access(at, "ann", null, true, "signed in", null, "portal", null, null))
                .isNotEqualTo(ChainedLog.access(at, "ann", "", true, "signed in", null, "portal", null, null));
    }

    @Test
    void a_row_without_codes_is_signed_exactly_as_before_the_codes() {
        // the text rows were signed with until changeset 023: they must still verify
        assertThat(ChainedLog.access(at, "ann", "10.0.0.1", false, "bad password", null, "Portal", null, null))
                .isEqualTo("6:access;23:2026-11-30T09:15:00.120;3:ann;8:10.0.0.1;1:0;12:bad password;-;6:Portal;");
    }

    @Test
    void a_coded_row_signs_its_code_and_arguments_and_never_reads_as_an_older_row() {
        String coded = ChainedLog.access(
                at, "ann", null, false, null, null, "Portal", "bad-password+locked-for", "[\"2 min\"]");

        assertThat(coded).endsWith("23:bad-password+locked-for;9:[\"2 min\"];");
        assertThat(coded)
                .isNotEqualTo(
                        ChainedLog.access(at, "ann", null, false, null, null, "Portal", "bad-password", "[\"2 min\"]"))
                .isNotEqualTo(ChainedLog.access(at, "ann", null, false, null, null, "Portal", null, null));
        assertThat(ChainedLog.administration(at, "admin", null, "s", null, null, null, "user-created", null))
                .endsWith("12:user-created;-;");
    }

    @Test
    void the_time_is_signed_to_the_millisecond_as_the_column_keeps_it() {
        assertThat(ChainedLog.administration(at, "admin", "w", "s", null, null, null, null, null))
                .contains("2026-11-30T09:15:00.120");
    }

    @Test
    void the_same_text_signed_with_another_key_gives_another_signature() {
        SigningKey other = new SigningKey("another key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8));

        assertThat(other.sign("text")).isNotEqualTo(key.sign("text")).hasSize(64);
        assertThat(other.check()).isNotEqualTo(key.check());
    }

    @Test
    void a_link_binds_place_previous_hash_id_and_signature() {
        String link = LogSeal.link(7, LogSeal.GENESIS, 42, "abc");

        assertThat(link)
                .isNotEqualTo(LogSeal.link(8, LogSeal.GENESIS, 42, "abc"))
                .isNotEqualTo(LogSeal.link(7, LogSeal.GENESIS, 43, "abc"))
                .isNotEqualTo(LogSeal.link(7, "1".repeat(64), 42, "abc"))
                .isNotEqualTo(LogSeal.link(7, LogSeal.GENESIS, 42, null));
    }

    @Test
    void without_a_configured_key_one_is_made_once_in_a_file_only_its_owner_can_read(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("data-log-signing.key");
        AuditSettings settings = new AuditSettings("", file, Duration.ofSeconds(10));

        SigningKey made = new SigningKey(settings);
        SigningKey readAgain = new SigningKey(settings);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(readAgain.sign("text")).isEqualTo(made.sign("text"));
        assertThat(new SigningKey(new AuditSettings(null, folder.resolve("other.key"), Duration.ZERO)).sign("text"))
                .isNotEqualTo(made.sign("text"));
    }

    @Test
    void a_key_shorter_than_32_bytes_is_refused_with_its_length() {
        assertThatThrownBy(() -> new SigningKey(new byte[16]))
                .hasMessageContaining("at least 32 bytes")
                .hasMessageContaining("16");
    }

    @Test
    void every_signature_is_hmac_sha256_of_the_text_even_when_many_threads_sign_at_once() throws Exception {
        byte[] secret = "a key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8);
        List<Callable<Boolean>> signers = IntStream.range(0, 400)
                .mapToObj(i -> (Callable<Boolean>) () -> {
                    String text = "row " + i;
                    javax.crypto.Mac reference = javax.crypto.Mac.getInstance("HmacSHA256");
                    reference.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
                    return key.sign(text)
                            .equals(HexFormat.of().formatHex(reference.doFinal(text.getBytes(StandardCharsets.UTF_8))));
                })
                .toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> signed : pool.invokeAll(signers)) {
                assertThat(signed.get()).isTrue();
            }
        }
    }

    @Test
    void the_sign_in_paths_reasons_become_codes_one_or_several_with_their_waits() {
        assertThat(AccessReason.of("signed out")).contains(new LoggedCode("signed-out", List.of()));
        assertThat(AccessReason.of("bad password, locked for 2 min"))
                .contains(new LoggedCode("bad-password+locked-for", List.of("2 min")));
        assertThat(AccessReason.of("signed out, something new")).isEmpty();
        assertThat(AccessReason.of("Signed out")).as("the vocabulary is exact").isEmpty();
    }
}

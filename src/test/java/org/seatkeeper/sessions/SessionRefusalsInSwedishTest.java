package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/** The sessions' refusals say their figures in Swedish, and in English exactly what they said before. */
class SessionRefusalsInSwedishTest {

    private static final ClientDetails PORTAL_ON_NODE_A = ClientDetails.portal("10.0.0.7", "Firefox", "node-a");

    private final Texts texts = new Texts();

    @Test
    void a_second_sign_in_is_refused_saying_where_the_first_is_in_the_readers_words() {
        var refused = new AlreadySignedInException(
                PORTAL_ON_NODE_A.whereTerm(), java.time.Instant.parse("2026-11-30T08:00:00Z"), "08:00", 40);
        var elsewhere = new AlreadySignedInException(
                new ClientDetails("Cases", null, null, null).whereTerm(),
                java.time.Instant.parse("2026-11-30T08:00:00Z"),
                "08:00",
                40);

        assertThat(refused.where()).isEqualTo("the portal at 10.0.0.7 on node-a");
        assertThat(refused.getMessage())
                .startsWith("This account is already signed in: the portal at 10.0.0.7 on node-a since 08:00.");
        assertThat(texts.refusal(refused, Language.SWEDISH))
                .startsWith("Kontot är redan inloggat: portalen från 10.0.0.7 på node-a sedan 08:00.");
        assertThat(texts.refusal(elsewhere, Language.SWEDISH))
                .startsWith("Kontot är redan inloggat: Cases från en okänd adress på en okänd nod sedan 08:00.");
    }

    @Test
    void a_refused_sign_in_names_the_full_pools_with_their_figures() {
        PoolSnapshot full = new PoolSnapshot(
                new PoolUsage(ConcurrentPool.FULL_ACCESS, 3, 3),
                new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 5),
                new PoolUsage(ConcurrentPool.RESERVED, 1, 1));

        NoSeatException standard = AdmissionRule.noSeat(AdmissionClass.STANDARD, full);

        assertThat(standard.getMessage())
                .isEqualTo("All licences are in use. Try again later. (Full-access 3 of 3 in use, View-only 5 of 5"
                        + " in use.)");
        assertThat(texts.refusal(standard, Language.SWEDISH))
                .isEqualTo("Alla licenser används. Försök igen senare. (Full åtkomst 3 av 3 används, Läsplats 5 av 5"
                        + " används.)");
        assertThat(texts.refusal(AdmissionRule.noSeat(AdmissionClass.RESERVED, full), Language.SWEDISH))
                .isEqualTo("Alla licenser används. Försök igen senare. (Reserverad 1 av 1 används.)");
    }

    @Test
    void closing_a_live_session_is_refused_with_the_seconds_since_its_heartbeat() {
        var refused = new org.seatkeeper.shared.RefusedException(
                SessionRefusal.STILL_LIVE, "Ann Ward", PORTAL_ON_NODE_A.whereTerm(), 4L);

        assertThat(refused.getMessage()).contains("the portal at 10.0.0.7 on node-a sent");
        assertThat(texts.refusal(refused, Language.SWEDISH))
                .isEqualTo(
                        "Ann Wards session är fortfarande aktiv: portalen från 10.0.0.7 på node-a skickade en"
                                + " livssignal för 4 s sedan, så fliken är fortfarande öppen. Be användaren logga ut i stället.");
        assertThat(texts.refusal(refused, Language.ENGLISH)).isEqualTo(refused.getMessage());
    }
}

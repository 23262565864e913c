package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.seatkeeper.SeatkeeperApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

class BrokenDatabaseUrlTest {

    @Test
    void a_start_with_an_unreachable_external_database_fails_fast_naming_the_setting() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SeatkeeperApplication.class)
                .properties("spring.datasource.url=jdbc:mariadb://user:secret@127.0.0.1:1/nowhere?password=secret")
                .run());

        assertThat(failure).isInstanceOf(DatabaseUnreachableException.class);
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .contains("SPRING_DATASOURCE_URL", "127.0.0.1:1/nowhere")
                .doesNotContain("secret");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void a_malformed_url_is_reported_the_same_way() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SeatkeeperApplication.class)
                .properties("spring.datasource.url=not-a-jdbc-url")
                .run());

        assertThat(failure).isInstanceOf(DatabaseUnreachableException.class).hasMessageContaining("not-a-jdbc-url");
    }
}

package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.internal.ErrorTargetEntry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that cannot be built because the database is out of reach shows "Database unavailable", not
 * Vaadin's page with a stack trace: whether the wait for a connection ran out or a connection broke.
 */
@SpringBootTest
class DatabaseUnavailableViewTest extends SpringBrowserlessTest {

    @Test
    void a_page_whose_database_is_out_of_reach_is_shown_as_database_unavailable() {
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        Exception waitedInVain = new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new JDBCConnectionException(
                        "Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException(
                                "Connection is not available",
                                "08000",
                                new SQLNonTransientConnectionException("refused", "08000"))));
        Exception brokeMidway = new DataAccessResourceFailureException(
                "Connection reset", new SQLNonTransientConnectionException("Connection reset", "08000"));

        assertThat(registry.getErrorNavigationTarget(waitedInVain).map(ErrorTargetEntry::getNavigationTarget))
                .hasValue(DatabaseUnavailableView.class);
        assertThat(registry.getErrorNavigationTarget(brokeMidway).map(ErrorTargetEntry::getNavigationTarget))
                .hasValue(DatabaseConnectionLostView.class);
    }

    @Test
    void the_page_says_what_is_wrong_in_plain_words() {
        DatabaseUnavailableView page = new DatabaseUnavailableView();

        assertThat(page.getChildren().filter(H1.class::isInstance).map(h -> ((H1) h).getText()))
                .containsExactly("Database unavailable");
        assertThat(page.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()))
                .first()
                .asString()
                .startsWith("The licence server cannot reach its database at the moment.");
    }
}

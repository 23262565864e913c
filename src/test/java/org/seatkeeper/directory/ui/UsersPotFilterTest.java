package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.UserRow;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The Licence overview's "who consumes it" link: the Users view filtered by ?pot=ID. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsersPotFilterTest extends SpringBrowserlessTest {

    @Autowired
    DirectoryScene scene;

    @Autowired
    TestUsers users;

    long documentsPot;

    @BeforeEach
    void twoDocumentUsersOneWithoutLoginAndATrainee() {
        scene.roomyPots();
        long documents = scene.profile("Documents only", "Full", "Documents");
        long training = scene.profile("Training only", "Full", "Training");
        users.add("doc-ann")
                .named("Ann", "Docs")
                .profile(documents)
                .withCredentials()
                .insert();
        users.add("doc-bob")
                .named("Bob", "Docs")
                .profile(documents)
                .withCredentials()
                .insert();
        users.add(null).named("Cy", "Nologin").profile(documents).insert();
        users.add("train-dee")
                .named("Dee", "Trainee")
                .profile(training)
                .withCredentials()
                .insert();
        documentsPot = scene.modulePot("Documents");
    }

    @Test
    void the_pot_link_shows_only_the_users_who_consume_that_pot_and_says_so() {
        UI.getCurrent().navigate(UsersView.class, QueryParameters.of("pot", String.valueOf(documentsPot)));
        UsersView view = $(UsersView.class).single();

        assertThat(lastNames(view)).containsExactlyInAnyOrder("Docs", "Docs");
        assertThat(view.potFilter.isVisible()).isTrue();
        assertThat(view.potFilter.getText()).isEqualTo("Consumers of Documents");

        test(view.potFilter).click();

        assertThat(view.potFilter.isVisible()).isFalse();
        assertThat(lastNames(view)).contains("Docs", "Nologin", "Trainee");
    }

    @Test
    void an_unknown_pot_shows_nobody_and_says_so() {
        UI.getCurrent().navigate(UsersView.class, QueryParameters.of("pot", "999999"));
        UsersView view = $(UsersView.class).single();

        assertThat(lastNames(view)).isEmpty();
        assertThat(view.potFilter.getText()).isEqualTo("Consumers of an unknown pot");
    }

    private List<String> lastNames(UsersView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            names.add(((UserRow) test(view.grid).getRow(i)).lastName());
        }
        return names;
    }
}

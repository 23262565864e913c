package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/** The user list's keyword is a word-prefix search over names, username and email (docs/decisions/0007). */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UserSearchTest {

    @Autowired
    UserAdministration users;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void people() {
        person("Anna", "Bergström", "abe", "anna.b@clinic.example");
        person("Bengt", "Annersten", "bann", "bengt@ward.example");
        person("Carl", "Lind", "percent%user", "carl@lab.example");
        person("Cecilia", "Lindgren", "cecilia", "c_l@lab.example");
    }

    @Test
    void a_keyword_matches_the_start_of_a_first_name_last_name_username_or_email() {
        assertThat(search("berg")).containsExactly("abe");
        assertThat(search("anna")).containsExactly("abe");
        assertThat(search("ann")).containsExactlyInAnyOrder("abe", "bann");
        assertThat(search("bengt@")).containsExactly("bann");
        assertThat(search("ceci")).containsExactly("cecilia");
    }

    @Test
    void a_keyword_in_the_middle_of_a_word_does_not_match() {
        assertThat(search("ström")).isEmpty();
    }

    @Test
    void every_term_must_match_so_a_full_name_finds_the_person() {
        assertThat(search("anna berg")).containsExactly("abe");
        assertThat(search("anna lind")).isEmpty();
    }

    @Test
    void percent_and_underscore_typed_by_the_user_are_taken_literally() {
        assertThat(search("percent%")).containsExactly("percent%user");
        assertThat(search("%")).isEmpty();
        assertThat(search("c_l")).containsExactly("cecilia");
        assertThat(search("c_")).containsExactly("cecilia");
    }

    @Test
    void the_count_agrees_with_the_rows() {
        assertThat(users.count(new UserFilter("lind", UserStatusFilter.ALL, null, null, null)))
                .isEqualTo(2);
    }

    private List<String> search(String keyword) {
        return users
                .find(
                        new UserFilter(keyword, UserStatusFilter.ALL, null, null, null),
                        PageRequest.of(0, 50, Sort.by("lastName")))
                .getContent()
                .stream()
                .map(UserRow::username)
                .toList();
    }

    private void person(String first, String last, String username, String email) {
        testUsers.add(username).named(first, last).email(email).insert();
    }
}

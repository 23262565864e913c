package org.seatkeeper.directory;

import java.util.List;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The directory's scenes, with the directory's own types. */
@Component
class DirectoryFixtures extends DirectoryScene {

    DirectoryFixtures(JdbcTemplate jdbc, TestUsers users) {
        super(jdbc, users);
    }

    void poolCapacity(ConcurrentPool kind, int capacity) {
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, kind.name());
    }

    /** Inserts a user directly, bypassing the rules: for setting the scene only. */
    long user(String username, Role role, Long profileId, Long areaId, boolean active, boolean withPassword) {
        TestUsers.NewUser user = users.add(username)
                .named("First", username)
                .role(role.name())
                .profile(profileId)
                .area(areaId)
                .active(active);
        return (withPassword ? user.password(PASSWORD) : user).insert();
    }

    List<String> column(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args);
    }
}

package org.seatkeeper.directory.ui;

import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Scenes for the directory screens, on top of the clean database every test starts from. */
@Component
class ScreenFixtures extends DirectoryScene {

    ScreenFixtures(JdbcTemplate jdbc, TestUsers users) {
        super(jdbc, users);
    }

    /**
     * The database is already clean (org.seatkeeper.testing.CleanDatabase); this gives the screens'
     * starting point on top of it: every named pot at 100.
     */
    void reset() {
        roomyPots();
    }

    void moduleCapacity(String module, int capacity) {
        capacity(modulePot(module), capacity);
    }

    void activeUsersCapacity(int capacity) {
        capacity(activeUsersPot(), capacity);
    }

    int moduleCapacityOf(String module) {
        return capacityOf(modulePot(module));
    }

    void poolCapacity(org.seatkeeper.directory.ConcurrentPool kind, int capacity) {
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, kind.name());
    }

    void reserved(String lastName) {
        jdbc.update("UPDATE app_user SET concurrent_class = 'RESERVED' WHERE last_name = ?", lastName);
    }

    /** Inserts a user directly, bypassing the rules: for setting the scene only. */
    long user(
            String lastName,
            String username,
            String role,
            Long profileId,
            Long areaId,
            Long positionId,
            boolean active,
            boolean withPassword) {
        TestUsers.NewUser user = users.add(username)
                .named("Pat", lastName)
                .role(role)
                .profile(profileId)
                .area(areaId)
                .position(positionId)
                .active(active);
        return (withPassword ? user.password(PASSWORD) : user).insert();
    }
}

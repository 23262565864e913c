package org.seatkeeper.directory;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's door for signing in. It is called before anyone is authenticated, so it carries
 * no method security; it only reveals what the sign-in itself needs.
 */
@Service
@Transactional(readOnly = true)
public class LoginAccounts {

    private final UserRepository users;

    LoginAccounts(UserRepository users) {
        this.users = users;
    }

    public Optional<LoginAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsernameAndDeletedAtIsNull(username.trim())
                .filter(u -> u.getPasswordHash() != null)
                .map(u -> new LoginAccount(u.getId(), u.getUsername(), u.getPasswordHash(), u.getRole(),
                        u.isActive(), u.getValidUntil(), u.getFullName(),
                        u.getProfile() == null || u.getProfile().getLicenceType().canLogIn(),
                        u.getConcurrentClass()));
    }

    public boolean anyAdministratorExists() {
        return users.existsByRoleAndDeletedAtIsNull(Role.ADMIN);
    }

    /** First start only: creates the built-in administrator account with an already hashed password. */
    @Transactional
    public long createFirstAdministrator(String username, String passwordHash) {
        User admin = new User("System", "Administrator", Role.ADMIN);
        admin.giveCredentials(username, passwordHash);
        return users.save(admin).getId();
    }
}

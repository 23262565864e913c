package org.seatkeeper.directory;

import org.seatkeeper.shared.PasswordGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The passwords administrators give and take away ({@link UserAdministration} is the door, with its
 * security and transactions). Giving credentials may start consuming licences, so it is checked
 * against the pots; the password itself against the {@link PasswordPolicy}.
 */
@Component
class UserPasswords {

    private final UserStore store;
    private final AccountLimits limits;
    private final AdminLog log;
    private final PasswordEncoder encoder;

    UserPasswords(UserStore store, AccountLimits limits, AdminLog log, PasswordEncoder encoder) {
        this.store = store;
        this.limits = limits;
        this.log = log;
        this.encoder = encoder;
    }

    void set(long id, String password) {
        PasswordPolicy.check(password);
        give(store.get(id), password, "Password set");
    }

    String generate(long id) {
        String password = PasswordGenerator.generate();
        give(store.get(id), password, "Password generated");
        return password;
    }

    void remove(long id) {
        User u = store.get(id);
        if (u.getPasswordHash() == null) {
            return;
        }
        u.refuseIfOwnAccountOf(log.actor(), DirectoryRefusal.OWN_ACCOUNT_REMOVE_PASSWORD);
        u.changePasswordHash(null);
        store.save(u);
        log.changed("Password removed", u.subject(), "has a password", "no password");
    }

    /** The stored form of a new user's first password, already checked against the policy. */
    String hash(String password) {
        return encoder.encode(password);
    }

    private void give(User u, String password, String what) {
        LicenceConsumption.Holding before = u.holding();
        boolean had = u.getPasswordHash() != null;
        u.givePassword(() -> encoder.encode(password));
        limits.ensureLicences(before, u.holding(), DirectoryRefusal.NOT_ENOUGH_FOR_CREDENTIALS, u.getFullName());
        store.save(u);
        log.changed(what, u.subject(), had ? "has a password" : "no password", "has a new password");
    }
}

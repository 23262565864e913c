package org.seatkeeper.directory;

import java.util.List;
import org.seatkeeper.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a signed-in person may see and change about their own account. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MyAccountService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AdminLog log;

    MyAccountService(UserRepository users, PasswordEncoder encoder, AdminLog log) {
        this.users = users;
        this.encoder = encoder;
        this.log = log;
    }

    public MyAccount current() {
        User me = signedInUser();
        Profile p = me.getProfile();
        return new MyAccount(
                me.getUsername(),
                me.getFullName(),
                me.getEmail(),
                me.getRole(),
                me.getValidUntil(),
                p == null ? null : p.getName(),
                p == null ? null : p.getLicenceType().getName(),
                p == null ? List.of() : p.moduleNames(),
                me.getBusinessArea() == null ? null : me.getBusinessArea().label(),
                me.getPosition() == null ? null : me.getPosition().getTitle());
    }

    /** Changes one's own password after checking the current one. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        User me = signedInUser();
        if (currentPassword == null
                || me.getPasswordHash() == null
                || !encoder.matches(currentPassword, me.getPasswordHash())) {
            throw new RefusedException(DirectoryRefusal.CURRENT_PASSWORD_WRONG);
        }
        PasswordPolicy.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new RefusedException(DirectoryRefusal.PASSWORD_UNCHANGED);
        }
        me.changePasswordHash(encoder.encode(newPassword));
        users.saveAndFlush(me);
        log.changed("Own password changed", me.subject(), "old password", "new password");
    }

    private User signedInUser() {
        String username = log.actor();
        return users.findByUsernameAndDeletedAtIsNull(username)
                .orElseThrow(() -> new RefusedException(DirectoryRefusal.OWN_ACCOUNT_GONE));
    }
}

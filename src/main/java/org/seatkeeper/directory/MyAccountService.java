package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a signed-in person may see and change about their own account. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MyAccountService {

    private final UserRepository users;

    MyAccountService(UserRepository users) {
        this.users = users;
    }

    public MyAccount current() {
        User me = signedInUser();
        return new MyAccount(me.getUsername(), me.getFullName(), me.getEmail(), me.getRole(), me.getValidUntil());
    }

    private User signedInUser() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsernameAndDeletedAtIsNull(username)
                .orElseThrow(() -> new RefusedException("Your account no longer exists."));
    }
}

package org.seatkeeper.security;

import java.time.Clock;
import java.time.LocalDate;

import org.seatkeeper.directory.LoginAccount;
import org.seatkeeper.directory.LoginAccounts;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts from the directory. Inactive, login-less and expired accounts are refused by Spring
 * Security (rule 6); {@link LoginAccount#refusalOn} names the reason for the sign-in log.
 */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final LoginAccounts accounts;
    private final Clock clock;

    DirectoryUserDetailsService(LoginAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LoginAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        String[] roles = account.role().grantedRoleNames().stream().map(r -> "ROLE_" + r).toArray(String[]::new);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(AuthorityUtils.createAuthorityList(roles))
                .disabled(!account.active())
                .accountLocked(!account.typeCanLogIn())
                .accountExpired(account.expiredOn(LocalDate.now(clock)))
                .build();
    }
}

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
        LoginAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        String[] roles =
                account.role().grantedRoleNames().stream().map(r -> "ROLE_" + r).toArray(String[]::new);
        return new AccountDetails(account, AuthorityUtils.createAuthorityList(roles), LocalDate.now(clock));
    }

    /**
     * Spring Security's view of an account, carrying the directory's own, so that the sign-in that
     * follows a password check reads the account once, not twice.
     */
    static final class AccountDetails extends User {

        private final transient LoginAccount account;

        AccountDetails(
                LoginAccount account,
                java.util.List<org.springframework.security.core.GrantedAuthority> roles,
                LocalDate today) {
            super(
                    account.username(),
                    account.passwordHash(),
                    account.active(),
                    !account.expiredOn(today),
                    true,
                    account.typeCanLogIn(),
                    roles);
            this.account = account;
        }

        LoginAccount account() {
            return account;
        }
    }
}

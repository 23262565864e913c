package org.seatkeeper.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.seats.ApiTokens;
import org.seatkeeper.security.ui.LoginView;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.shared.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The one security configuration: a stateless HTTP Basic chain for the JSON API, and the Vaadin
 * chain with the login view for everything else. Method security guards every service.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private final LoginAccounts loginAccounts;
    private final Admissions admissions;
    private final NodeName nodeName;
    private final SignInLockouts lockouts;

    SecurityConfig(LoginAccounts loginAccounts, Admissions admissions, NodeName nodeName, SignInLockouts lockouts) {
        this.loginAccounts = loginAccounts;
        this.admissions = admissions;
        this.nodeName = nodeName;
        this.lockouts = lockouts;
    }

    /**
     * The JSON API: connected applications with their bearer token, administrators with HTTP Basic;
     * stateless, and every 401 a problem detail. The OpenAPI document is public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiTokens tokens,
            Texts texts,
            AuthenticationManager passwordCheck,
            ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        ApiProblemEntryPoint unauthorized = new ApiProblemEntryPoint(texts);
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(ApiClientTokenAuthentication.provider(tokens)),
                ApiClientTokenAuthentication.converter());
        bearer.setSuccessHandler((request, response, authentication) -> {});
        bearer.setFailureHandler(unauthorized.failureHandler());
        bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        strategy.ifAvailable(bearer::setSecurityContextHolderStrategy);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPENAPI_PATH)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                // The one password check (canonical username first, rule 13), not a default one built beside it.
                .authenticationManager(passwordCheck)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    /**
     * The management port (health and Prometheus metrics, README "Health and metrics"): open to the
     * monitoring system without credentials, because the port itself is the boundary (its own port,
     * bound to this machine unless SEATKEEPER_MANAGEMENT_ADDRESS says otherwise); nothing else there.
     * The portal's chains would otherwise send the scraper to the login page.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http, Environment environment) throws Exception {
        ManagementPort managementPort = new ManagementPort(environment);
        return http.securityMatcher(request -> managementPort.is(request.getLocalPort()))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * True only on a management port of its own: never for the portal's port, whatever is configured.
     * Every request asks, so the ports are read from the environment once known, not at each request
     * (issue 13: the lookups cost about 2% of the seat API's CPU), and not at all without a management
     * server of its own.
     */
    static final class ManagementPort {
        private final Environment environment;
        private final boolean separate;
        private volatile String management;
        private volatile String server;

        ManagementPort(Environment environment) {
            this.environment = environment;
            String configured = environment.getProperty("management.server.port");
            this.separate = configured != null && !configured.strip().startsWith("-");
        }

        boolean is(int port) {
            if (!separate) {
                return false;
            }
            String managementPort = management;
            if (managementPort == null) {
                managementPort = management = environment.getProperty("local.management.port");
            }
            String serverPort = server;
            if (serverPort == null) {
                serverPort = server = environment.getProperty("local.server.port");
            }
            return managementPort != null
                    && managementPort.equals(String.valueOf(port))
                    && !managementPort.equals(serverPort);
        }
    }

    /**
     * The firewall runs before any chain: its refusals of API requests (TRACE, unknown methods,
     * ";jsessionid=", "%2e%2e") are problems too, rather than an error page behind the login.
     */
    @Bean
    WebSecurityCustomizer apiFirewallRefusals(Texts texts) {
        return web -> web.requestRejectedHandler(new ApiProblemEntryPoint(texts));
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            UserDetailsService accounts,
            PasswordEncoder passwords,
            AuthenticationEventPublisher events,
            SeatRelease seatRelease)
            throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.authenticationManager(portalSignIn(accounts, passwords, events));
        // Addresses that match no rule reach Vaadin once signed in (rather than an empty 403), so that an
        // unknown or forbidden address shows the "page not available" view inside the frame.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class, "/login")
                                .addLogoutHandler(seatRelease)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * The password check alone, with events for the access log: used by the API and by tests. The
     * password is checked before the account's state, so that only someone who knows it learns that
     * the account is inactive, expired or login-less.
     */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(passwordCheck(accounts, passwords, lockouts));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Refusals of our own (no seat, already signed in) reach the access log like any other failure. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /** Portal sign-in: the password check, then the admission engine. */
    private AuthenticationManager portalSignIn(
            UserDetailsService accounts, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(
                new PortalSignIn(passwordCheck(accounts, passwords, lockouts), loginAccounts, admissions, nodeName));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * The username in its canonical form (rule 13), then the brute-force guard (docs/decisions/0018), then
     * the password, then the account's state.
     */
    static AuthenticationProvider passwordCheck(
            UserDetailsService accounts, PasswordEncoder passwords, SignInLockouts lockouts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new CanonicalUsername(new SignInGuard(provider, lockouts));
    }

    /** Lets the servlet container's session expiry reach Spring as events, so expired sessions free their seats. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id (16 MiB, 2 passes) as the default, about 30 ms a hash on our 2-core machines: three to
     * four times cheaper per sign-in than bcrypt cost 10 while memory-hard. The delegating encoder
     * keeps hashes verifiable if the default changes. See docs/decisions/0003-password-hashing.md.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}

package org.seatkeeper.shell.ui;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.Role;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.security.ui.LoginView;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open what (issue 11): every view route, taken from Vaadin's route registry at run time, and every
 * HTTP endpoint, taken from Spring MVC's handler mapping, for each kind of caller, against the table below.
 * A route or endpoint missing from the table fails the test, so a new one needs a decision here.
 * <p>
 * People act as the sign-in makes them (SUPPORT includes ADMIN includes USER): in the portal through
 * Vaadin's navigation access control, on the API with HTTP Basic, at other addresses with the session of
 * a sign-in on the login form. An API client acts with its bearer token,
 * which only the API accepts: in the portal it is an anonymous visitor, so its view column is tested over
 * HTTP. A call is refused when it answers 401, 403 or a redirect to the sign-in page; anything else (200,
 * 201, 204, or 404 for an unknown seat) means the caller got through to the endpoint's own rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleRouteMatrixTest extends SpringBrowserlessTest {

    enum Caller {
        ANONYMOUS,
        USER,
        ADMIN,
        SUPPORT,
        API_CLIENT
    }

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> PEOPLE = EnumSet.of(Caller.USER, Caller.ADMIN, Caller.SUPPORT);
    static final Set<Caller> ADMINISTRATORS = EnumSet.of(Caller.ADMIN, Caller.SUPPORT);
    static final Set<Caller> ADMINISTRATORS_AND_CLIENTS = EnumSet.of(Caller.ADMIN, Caller.SUPPORT, Caller.API_CLIENT);
    static final Set<Caller> CLIENTS = EnumSet.of(Caller.API_CLIENT);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

    /** Every view route and who may open it. */
    static final Map<String, Set<Caller>> VIEWS = Map.ofEntries(
            entry("login", EVERYONE),
            entry("", PEOPLE),
            entry("my-account", PEOPLE),
            entry("overview", ADMINISTRATORS),
            entry("sessions", ADMINISTRATORS),
            entry("session-settings", ADMINISTRATORS),
            entry("installation", ADMINISTRATORS),
            entry("access-log", ADMINISTRATORS),
            entry("administration-log", ADMINISTRATORS),
            entry("users", ADMINISTRATORS),
            entry("profiles", ADMINISTRATORS),
            entry("licences", ADMINISTRATORS),
            entry("setup", ADMINISTRATORS),
            entry("api-clients", ADMINISTRATORS),
            entry("usage", ADMINISTRATORS),
            entry("alerts", ADMINISTRATORS));

    /**
     * Spring Boot's error page, reached by the container's error dispatch; called directly it has no error to
     * show and answers 500 by design, so only refusal is judged there.
     */
    static final String ERROR_PAGE = "ANY /error";

    /** Every endpoint ("METHOD pattern"), who may call it, and a request that passes its input checks. */
    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            entry("GET /api/v1/licence-usage", new Endpoint(ADMINISTRATORS_AND_CLIENTS, "/api/v1/licence-usage", null)),
            entry(
                    "GET /api/v1/usage",
                    new Endpoint(ADMINISTRATORS_AND_CLIENTS, "/api/v1/usage?pool=full-access", null)),
            entry(
                    "GET /api/v1/usage.csv",
                    new Endpoint(ADMINISTRATORS_AND_CLIENTS, "/api/v1/usage.csv?pool=full-access", null)),
            entry("GET /api/v1/log-integrity", new Endpoint(ADMINISTRATORS, "/api/v1/log-integrity", null)),
            entry("POST /api/v1/seats", new Endpoint(CLIENTS, "/api/v1/seats", "{\"username\":\"matrix.user\"}")),
            entry(
                    "POST /api/v1/seats/{id}/heartbeat",
                    new Endpoint(CLIENTS, "/api/v1/seats/999999/heartbeat", "{\"acted\":true}")),
            entry("DELETE /api/v1/seats/{id}", new Endpoint(CLIENTS, "/api/v1/seats/999999", null)),
            entry("GET /api/v1/openapi.json", new Endpoint(EVERYONE, "/api/v1/openapi.json", null)),
            // Only the JSON form is public (SecurityConfig.OPENAPI_PATH); the YAML form needs any credentials.
            entry("GET /api/v1/openapi.json.yaml", new Endpoint(SIGNED_IN, "/api/v1/openapi.json.yaml", null)),
            entry(ERROR_PAGE, new Endpoint(PEOPLE, "/error", null)));

    record Endpoint(Set<Caller> allowed, String address, String jsonBody) {}

    static final String PASSWORD = "matrix-horse-42";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<Caller, String> portalSessions = new java.util.EnumMap<>(Caller.class);
    String token;

    @BeforeEach
    void onePersonPerRoleAndOneClient() {
        TestPools.set(jdbc, 10, 10, 10);
        users.add("matrix.user").password(PASSWORD).role("USER").insert();
        users.add("matrix.admin").password(PASSWORD).role("ADMIN").insert();
        users.add("matrix.support").password(PASSWORD).role("SUPPORT").insert();
        token = currentUser
                .runAs(
                        UsernamePasswordAuthenticationToken.authenticated(
                                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                        () -> clients.register("Matrix client", "Role matrix test", null))
                .token();
    }

    @AfterEach
    void forgetTheLastCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_view_route_is_in_the_table_and_opens_for_exactly_the_callers_it_names() throws Exception {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(route.getTemplate(), route.getNavigationTarget());
        }
        assertThat(routes.keySet())
                .as("view routes at run time; add a new one to VIEWS with who may open it")
                .containsExactlyInAnyOrderElementsOf(VIEWS.keySet());

        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (var route : routes.entrySet()) {
                boolean opened = caller == Caller.API_CLIENT
                        ? allowed(send("GET", "/" + route.getKey(), null, caller))
                        : opensInPortal(caller, route.getKey(), route.getValue());
                boolean expected = VIEWS.get(route.getKey()).contains(caller);
                if (opened != expected) {
                    wrong.add(caller + " /" + route.getKey() + ": " + (opened ? "opened" : "refused") + ", expected "
                            + (expected ? "to open" : "refused"));
                }
            }
        }
        assertThat(wrong).as("views opened or refused against the table").isEmpty();
    }

    @Test
    void every_endpoint_is_in_the_table_and_answers_exactly_the_callers_it_names() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo mapping : mvc.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        assertThat(endpoints)
                .as("MVC endpoints at run time; add a new one to ENDPOINTS with who may call it")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());

        List<String> wrong = new ArrayList<>();
        for (String key : endpoints) {
            Endpoint endpoint = ENDPOINTS.get(key);
            String method = key.startsWith("ANY ") ? "GET" : key.substring(0, key.indexOf(' '));
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = send(method, endpoint.address(), endpoint.jsonBody(), caller);
                boolean expected = endpoint.allowed().contains(caller);
                if ((answer.statusCode() >= 500 && !key.equals(ERROR_PAGE)) || allowed(answer) != expected) {
                    wrong.add(caller + " " + key + ": " + answer.statusCode() + ", expected "
                            + (expected ? "to get through" : "refused"));
                }
            }
        }
        assertThat(wrong).as("endpoints answered against the table").isEmpty();
    }

    /** Navigates in the portal as the caller; refused when it ends on the sign-in page or "not available". */
    private boolean opensInPortal(Caller caller, String route, Class<? extends Component> target) {
        if (caller == Caller.ANONYMOUS) {
            SecurityContextHolder.clearContext();
        } else {
            Role role = Role.valueOf(caller.name());
            String[] granted =
                    role.grantedRoleNames().stream().map(name -> "ROLE_" + name).toArray(String[]::new);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "matrix." + caller.name().toLowerCase(),
                            null,
                            java.util.Arrays.stream(granted)
                                    .map(SimpleGrantedAuthority::new)
                                    .toList()));
        }
        UI.getCurrent().navigate(route);
        Object shown = getCurrentView();
        if (shown.getClass() == target) {
            return true;
        }
        return !(shown instanceof LoginView) && !(shown instanceof PageNotAvailableView);
    }

    private static boolean allowed(HttpResponse<String> answer) {
        int status = answer.statusCode();
        boolean toSignIn = status == 302
                && answer.headers().firstValue("Location").orElse("").contains("/login");
        return status != 401 && status != 403 && !toSignIn;
    }

    private HttpResponse<String> send(String method, String address, String jsonBody, Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        switch (caller) {
            case ANONYMOUS -> {}
            case API_CLIENT -> request.header("Authorization", "Bearer " + token);
            default -> {
                if (address.startsWith("/api/")) {
                    request.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((username(caller) + ":" + PASSWORD)
                                                    .getBytes(StandardCharsets.UTF_8)));
                } else {
                    request.header("Cookie", portalSession(caller));
                }
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The session cookie of the person's sign-in on the login form, signing in on first use. */
    private String portalSession(Caller caller) throws Exception {
        if (!portalSessions.containsKey(caller)) {
            HttpResponse<String> signedIn = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + username(caller) + "&password=" + PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElse("");
            assertThat(signedIn.headers().firstValue("Location").orElse(""))
                    .as("signed in")
                    .doesNotContain("error");
            assertThat(cookie).startsWith("JSESSIONID=");
            portalSessions.put(caller, cookie.substring(0, cookie.indexOf(';')));
        }
        return portalSessions.get(caller);
    }

    private static String username(Caller caller) {
        return "matrix." + caller.name().toLowerCase();
    }
}

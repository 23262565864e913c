package org.seatkeeper.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.directory.ConcurrentClass;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.LicenceTypeRow;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileData;
import org.seatkeeper.directory.Role;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserData;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.PasswordGenerator;
import org.seatkeeper.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Loads "Hospital A": concurrent pools Full-access 3, View-only 5, Reserved 1; full1..full6,
 * view1..view5, reserved1 (the quality manager), support1, and a few hundred further people over
 * business areas and profiles, some inactive, some without a login. Named pots are sized so some are
 * nearly full. Idempotent: nothing happens when full1 already exists. It goes through the public
 * services as a "demo-loader" support actor, so every rule applies and every change is logged.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "seatkeeper.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String ACTOR = "demo-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String REASON = "demo data for Hospital A";
    private static final int FURTHER_PEOPLE = 240;

    private final UserAdministration users;
    private final ProfileAdministration profiles;
    private final SetupLists setup;
    private final LicencePots pots;
    private final LoginAccounts logins;
    private final String configuredPassword;
    private final CurrentUser currentUser;

    DemoDataLoader(
            UserAdministration users,
            ProfileAdministration profiles,
            SetupLists setup,
            LicencePots pots,
            LoginAccounts logins,
            DemoSettings settings,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.users = users;
        this.profiles = profiles;
        this.setup = setup;
        this.pots = pots;
        this.logins = logins;
        this.configuredPassword = settings.demoPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (logins.findByUsername("full1").isPresent()) {
            log.info("Demo data for Hospital A is already loaded");
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : configuredPassword;
        int people = currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        ACTOR,
                        null,
                        AuthorityUtils.createAuthorityList(
                                "ROLE_" + Roles.SUPPORT, "ROLE_" + Roles.ADMIN, "ROLE_" + Roles.USER)),
                () -> load(password));
        if (generated) {
            log.warn("""

                    ==================================================================
                    Demo data for Hospital A loaded ({} people). All demo users
                    (full1..full6, view1..view5, reserved1, support1, ...) share the password
                        {}
                    Set SEATKEEPER_DEMO_PASSWORD to choose it.
                    ==================================================================""", people, password);
        } else {
            log.info(
                    "Demo data for Hospital A loaded ({} people) with the password from " + "SEATKEEPER_DEMO_PASSWORD",
                    people);
        }
    }

    private int load(String password) {
        // Room first; the pots are shrunk to "nearly full" once everyone is in.
        pots.namedPots().forEach(p -> pots.changeCapacity(p.potId(), Math.max(p.capacity(), 1000), REASON));
        pots.changePoolCapacity(ConcurrentPool.FULL_ACCESS, 3, REASON);
        pots.changePoolCapacity(ConcurrentPool.VIEW_ONLY, 5, REASON);
        pots.changePoolCapacity(ConcurrentPool.RESERVED, 1, REASON);

        Map<String, Long> areas = areas();
        Map<String, Long> modules = setup.modules().stream().collect(Collectors.toMap(ModuleRow::name, ModuleRow::id));
        Map<String, Long> types =
                setup.licenceTypes().stream().collect(Collectors.toMap(LicenceTypeRow::name, LicenceTypeRow::id));
        long clinician = profiles.create(new ProfileData(
                "Clinician",
                types.get("Full"),
                Set.of(modules.get("Cases"), modules.get("Documents"), modules.get("Training"))));
        long quality = profiles.create(new ProfileData(
                "Quality management",
                types.get("Full"),
                Set.of(modules.get("Cases"), modules.get("Documents"), modules.get("Training"))));
        long reader = profiles.create(new ProfileData(
                "Reader", types.get("Read-Train"), Set.of(modules.get("Documents"), modules.get("Training"))));
        long records = profiles.create(
                new ProfileData("Training records", types.get("Train-Records-Only"), Set.of(modules.get("Training"))));
        long seasonal = profiles.create(new ProfileData("Seasonal (no modules)", types.get("Full"), Set.of()));
        long auditor = profiles.create(
                new ProfileData("External auditor", types.get("External auditor"), Set.of(modules.get("Documents"))));

        Counter n = new Counter();
        for (int i = 1; i <= 6; i++) {
            person(
                    n,
                    "full" + i,
                    "Clinician",
                    "Full" + i,
                    clinician,
                    areas.get("Surgery"),
                    ConcurrentClass.STANDARD,
                    "Surgeon " + i,
                    password);
        }
        for (int i = 1; i <= 5; i++) {
            person(
                    n,
                    "view" + i,
                    "Viewer",
                    "View" + i,
                    reader,
                    areas.get("Emergency"),
                    ConcurrentClass.VIEW_ONLY,
                    "Ward clerk " + i,
                    password);
        }
        person(
                n,
                "reserved1",
                "Quinn",
                "Quality",
                quality,
                areas.get("Quality"),
                ConcurrentClass.RESERVED,
                "Quality manager",
                password);
        users.create(
                new UserData(
                        "Sam",
                        "Support",
                        "support1@hospital-a.example",
                        "support1",
                        Role.SUPPORT,
                        null,
                        null,
                        null,
                        ConcurrentClass.STANDARD,
                        null),
                password);
        n.count++;

        String[] first = {
            "Alex", "Brook", "Casey", "Dana", "Eli", "Finn", "Gale", "Harper", "Ira", "Jo", "Kai", "Lane", "Morgan",
            "Noor", "Oak", "Parker", "Reese", "Sky", "Tate", "Uma"
        };
        String[] last = {
            "Andersson",
            "Berg",
            "Carlsson",
            "Dahl",
            "Ek",
            "Fors",
            "Gran",
            "Holm",
            "Isaksson",
            "Jonsson",
            "Karlsson",
            "Lind",
            "Moberg",
            "Nilsson",
            "Olsson",
            "Persson",
            "Quist",
            "Ryd",
            "Strand",
            "Tell"
        };
        List<String> areaNames = new ArrayList<>(areas.keySet());
        areaNames.sort(String::compareTo);
        for (int i = 1; i <= FURTHER_PEOPLE; i++) {
            String f = first[i % first.length];
            String l = last[(i / first.length) % last.length];
            long area = areas.get(areaNames.get(i % areaNames.size()));
            if (i % 8 == 0) {
                users.create(
                        new UserData(
                                f,
                                l + " " + i,
                                null,
                                null,
                                Role.USER,
                                records,
                                area,
                                null,
                                ConcurrentClass.STANDARD,
                                null),
                        null);
                n.count++;
                continue;
            }
            long profile = i % 40 == 1 ? auditor : i % 25 == 2 ? seasonal : i % 5 == 3 ? clinician : reader;
            String username = (f + "." + l + i).toLowerCase();
            long id = person(
                    n, username, f, l + " " + i, profile, area, ConcurrentClass.STANDARD, "Staff " + i, password);
            if (i % 12 == 5) {
                users.deactivate(id);
            }
        }
        shrinkPots();
        return n.count;
    }

    private long person(
            Counter n,
            String username,
            String first,
            String last,
            long profile,
            long area,
            ConcurrentClass cc,
            String position,
            String password) {
        long positionId = setup.createPosition(position);
        n.count++;
        return users.create(
                new UserData(
                        first,
                        last,
                        username + "@hospital-a.example",
                        username,
                        Role.USER,
                        profile,
                        area,
                        positionId,
                        cc,
                        null),
                password);
    }

    /** Leaves a little room in each pot, none to spare in Cases, so the limits show in the demo. */
    private void shrinkPots() {
        for (PotUsage p : pots.namedPots()) {
            int room = switch (p.label()) {
                case "Cases" -> 0;
                case "Documents" -> 2;
                case "Active users" -> 5;
                case "Train-Records-Only licences" -> 1;
                default -> 10;
            };
            pots.changeCapacity(p.potId(), p.inUse() + room, REASON);
        }
    }

    private Map<String, Long> areas() {
        Map<String, List<String>> tree = Map.of(
                "Clinical", List.of("Surgery", "Emergency", "Paediatrics"),
                "Support services", List.of("Facilities", "Kitchen"),
                "Management", List.of("Quality", "Finance"));
        Map<String, Long> secondaries = new HashMap<>();
        tree.forEach((primary, children) -> {
            long id = setup.createPrimaryBusinessArea(primary);
            children.forEach(child -> secondaries.put(child, setup.createSecondaryBusinessArea(id, child)));
        });
        return secondaries;
    }

    private static final class Counter {
        int count;
    }
}

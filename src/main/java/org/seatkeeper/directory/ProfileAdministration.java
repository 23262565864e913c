package org.seatkeeper.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles: a licence type plus modules. A change applies to every user holding the profile at
 * once, so it is refused when any pot would overflow (rule 1); {@link #preview} shows the impact first.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ProfileAdministration {

    private final ProfileRepository profiles;
    private final LicenceTypeRepository types;
    private final LicensedModuleRepository modules;
    private final UserRepository users;
    private final PotLedger ledger;
    private final AdminLog log;

    ProfileAdministration(
            ProfileRepository profiles,
            LicenceTypeRepository types,
            LicensedModuleRepository modules,
            UserRepository users,
            PotLedger ledger,
            AdminLog log) {
        this.profiles = profiles;
        this.types = types;
        this.modules = modules;
        this.users = users;
        this.ledger = ledger;
        this.log = log;
    }

    public List<ProfileRow> list() {
        return profiles.findAllByOrderByName().stream().map(this::row).toList();
    }

    public ProfileRow load(long id) {
        return row(profile(id));
    }

    @Transactional
    public long create(ProfileData data) {
        Resolved r = resolve(data, null);
        Profile p = profiles.saveAndFlush(new Profile(r.name(), r.type(), r.modules()));
        log.changed("Profile created", "profile " + p.getName(), null, p.describe());
        return p.getId();
    }

    /**
     * What the change would do to each pot through the profile's users: licences it takes (and whether
     * they fit) and licences it frees. Nothing is locked or changed.
     */
    public LicenceImpact preview(long id, ProfileData data) {
        Profile p = profile(id);
        Resolved r = resolve(data, p);
        return new LicenceImpact(ledger.changes(additions(p, r)));
    }

    @ReadCommittedTransaction
    public void update(long id, long version, ProfileData data) {
        Profile p = profile(id);
        if (p.getVersion() != version) {
            throw concurrentEdit(p);
        }
        Resolved r = resolve(data, p);
        ledger.ensureRoom(additions(p, r), DirectoryRefusal.NOT_ENOUGH_FOR_PROFILE, p.getName());
        String before = p.describe();
        p.change(r.name(), r.type(), r.modules());
        try {
            profiles.saveAndFlush(p);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw concurrentEdit(p);
        }
        log.changed("Profile changed", "profile " + p.getName(), before, p.describe());
    }

    /** Only a profile that no (non-deleted) user holds can be deleted. */
    @Transactional
    public void delete(long id) {
        Profile p = profile(id);
        long holders = users.countByProfileIdAndDeletedAtIsNull(id);
        if (holders > 0) {
            throw new RefusedException(DirectoryRefusal.PROFILE_HELD, p.getName(), holders);
        }
        if (users.countByProfileId(id) > 0) {
            throw new RefusedException(DirectoryRefusal.PROFILE_IN_HISTORY, p.getName());
        }
        String before = p.describe();
        profiles.delete(p);
        profiles.flush();
        log.changed("Profile deleted", "profile " + p.getName(), before, null);
    }

    private static RefusedException concurrentEdit(Profile p) {
        return new RefusedException(DirectoryRefusal.PROFILE_CHANGED_MEANWHILE, p.getName());
    }

    private java.util.Map<PotKey, Integer> additions(Profile p, Resolved r) {
        List<User> holders = users.findByProfileIdAndDeletedAtIsNull(p.getId());
        List<LicenceConsumption.Holding> before =
                holders.stream().map(User::holding).toList();
        List<LicenceConsumption.Holding> after =
                before.stream().map(h -> h.with(r.type(), r.modules())).toList();
        if (!r.type().canLogIn()) {
            long withCredentials =
                    holders.stream().filter(u -> u.getPasswordHash() != null).count();
            if (withCredentials > 0) {
                throw new RefusedException(
                        DirectoryRefusal.PROFILE_LOGIN_LESS_HAS_PASSWORDS,
                        r.type().getName(),
                        withCredentials,
                        p.getName());
            }
        }
        return PotLedger.additions(before, after);
    }

    private record Resolved(String name, LicenceType type, Set<LicensedModule> modules) {}

    private Resolved resolve(ProfileData data, Profile existing) {
        if (data == null || data.name() == null || data.name().isBlank()) {
            throw new RefusedException(DirectoryRefusal.PROFILE_NAME_MISSING);
        }
        String name = data.name().trim();
        if (!PersonName.fits(name)) {
            throw new RefusedException(DirectoryRefusal.PROFILE_NAME_TOO_LONG, PersonName.MAX_LENGTH);
        }
        if (profiles.existsByNameAndIdNot(name, existing == null ? -1L : existing.getId())) {
            throw new RefusedException(DirectoryRefusal.PROFILE_NAME_TAKEN, name);
        }
        if (data.licenceTypeId() == null) {
            throw new RefusedException(DirectoryRefusal.PROFILE_TYPE_MISSING);
        }
        LicenceType type = types.findById(data.licenceTypeId())
                .orElseThrow(() -> new RefusedException(DirectoryRefusal.LICENCE_TYPE_UNKNOWN, data.licenceTypeId()));
        Set<LicensedModule> chosen = new HashSet<>();
        for (Long moduleId : data.moduleIds()) {
            chosen.add(modules.findById(moduleId)
                    .orElseThrow(() -> new RefusedException(DirectoryRefusal.MODULE_UNKNOWN, moduleId)));
        }
        return new Resolved(name, type, chosen);
    }

    private ProfileRow row(Profile p) {
        return new ProfileRow(
                p.getId(),
                p.getVersion(),
                p.getName(),
                p.getLicenceType().getId(),
                p.getLicenceType().getName(),
                p.getModules().stream().map(LicensedModule::getId).collect(Collectors.toSet()),
                p.moduleNames(),
                users.countByProfileIdAndDeletedAtIsNull(p.getId()));
    }

    private Profile profile(long id) {
        return profiles.findById(id).orElseThrow(() -> new RefusedException(DirectoryRefusal.PROFILE_UNKNOWN, id));
    }
}

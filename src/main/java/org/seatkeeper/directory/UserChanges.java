package org.seatkeeper.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.seatkeeper.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * Turns what an administrator typed for a user ({@link UserData}) into a {@link UserChange}, refusing,
 * with its code, what breaks seed 003's rules: mandatory fields, the username, e-mail and name rules,
 * profiles, business areas and positions that do not exist, are disabled or are taken.
 */
@Component
class UserChanges {

    private final UserRepository users;
    private final ProfileRepository profiles;
    private final BusinessAreaRepository areas;
    private final PositionRepository positions;

    UserChanges(
            UserRepository users,
            ProfileRepository profiles,
            BusinessAreaRepository areas,
            PositionRepository positions) {
        this.users = users;
        this.profiles = profiles;
        this.areas = areas;
        this.positions = positions;
    }

    /**
     * @param existing the user being changed, or null for a new one
     * @param active   whether the user is (or will be) active: an active user who signs in needs a position
     */
    UserChange resolve(UserData d, User existing, boolean active) {
        if (d == null) {
            throw new RefusedException(DirectoryRefusal.NO_USER_DATA);
        }
        String first = trimmed(d.firstName());
        String last = trimmed(d.lastName());
        String email = trimmed(d.email());
        String username = canonicalUsername(d.username());
        Role role = d.role();
        Profile profile = heldByBusinessUsersOnly(
                role,
                d.profileId(),
                DirectoryRefusal.STAFF_HOLD_NO_PROFILE,
                profiles::findById,
                DirectoryRefusal.PROFILE_UNKNOWN);
        boolean canLogIn = profile == null || profile.getLicenceType().canLogIn();
        if (!canLogIn && username != null) {
            throw new RefusedException(
                    DirectoryRefusal.LOGIN_LESS_TYPE_NO_USERNAME,
                    profile.getLicenceType().getName());
        }
        BusinessArea area = d.businessAreaId() == null
                ? null
                : areas.findById(d.businessAreaId())
                        .orElseThrow(
                                () -> new RefusedException(DirectoryRefusal.BUSINESS_AREA_UNKNOWN, d.businessAreaId()));
        Position position = heldByBusinessUsersOnly(
                role,
                d.positionId(),
                DirectoryRefusal.STAFF_HOLD_NO_POSITION,
                positions::findById,
                DirectoryRefusal.POSITION_UNKNOWN);

        List<String> missing = new ArrayList<>();
        addIf(missing, first == null, "first name");
        addIf(missing, last == null, "last name");
        addIf(missing, role == Role.USER && d.profileId() == null, "profile");
        addIf(missing, canLogIn && email == null, "email");
        addIf(missing, canLogIn && username == null, "username");
        addIf(missing, area == null && role != Role.SUPPORT, "business area");
        addIf(missing, role == Role.USER && position == null && active && canLogIn, "position");
        if (!missing.isEmpty()) {
            throw new RefusedException(DirectoryRefusal.MANDATORY_FIELDS_MISSING, String.join(", ", missing));
        }
        PersonName name = new PersonName(first, last);
        String address = email == null ? null : new EmailAddress(email).value();
        checkArea(area, existing, d);
        checkPosition(position, existing, d);
        ConcurrentClass cc = d.concurrentClass();
        if (cc != ConcurrentClass.STANDARD && (role != Role.USER || !canLogIn)) {
            throw new RefusedException(DirectoryRefusal.CONCURRENT_CLASS_FOR_BUSINESS_USERS);
        }
        return new UserChange(name, address, username, role, profile, area, position, cc, d.validUntil());
    }

    /** Refuses a username or e-mail another current user has. */
    void checkUnique(UserData d, Long id) {
        long self = id == null ? -1 : id;
        String username = canonicalUsername(d.username());
        String email = trimmed(d.email());
        if (username != null && users.existsByUsernameAndDeletedAtIsNullAndIdNot(username, self)) {
            throw new RefusedException(DirectoryRefusal.USERNAME_TAKEN, username);
        }
        if (email != null && users.existsByEmailAndDeletedAtIsNullAndIdNot(email, self)) {
            throw new RefusedException(DirectoryRefusal.EMAIL_TAKEN, email);
        }
    }

    /** Business users may hold a profile or a position; administrators and support staff hold none. */
    private static <T> T heldByBusinessUsersOnly(
            Role role,
            Long id,
            DirectoryRefusal staffHoldNone,
            Function<Long, Optional<T>> find,
            DirectoryRefusal unknown) {
        if (role != Role.USER) {
            if (id != null) {
                throw new RefusedException(staffHoldNone);
            }
            return null;
        }
        return id == null ? null : find.apply(id).orElseThrow(() -> new RefusedException(unknown, id));
    }

    /** A secondary area, and an enabled one unless the user already has it. */
    private static void checkArea(BusinessArea area, User existing, UserData d) {
        if (area == null) {
            return;
        }
        if (area.isPrimary()) {
            throw new RefusedException(DirectoryRefusal.PRIMARY_BUSINESS_AREA, area.getName());
        }
        boolean changed = existing == null
                || existing.getBusinessArea() == null
                || !existing.getBusinessArea().getId().equals(d.businessAreaId());
        if (changed && !area.isEnabled()) {
            throw new RefusedException(DirectoryRefusal.BUSINESS_AREA_DISABLED, area.label());
        }
    }

    /** A newly given position must be enabled and belong to no one else (seed 003). */
    private void checkPosition(Position position, User existing, UserData d) {
        boolean changed = existing == null
                || existing.getPosition() == null
                || !existing.getPosition().getId().equals(d.positionId());
        if (position == null || !changed) {
            return;
        }
        if (!position.isEnabled()) {
            throw new RefusedException(DirectoryRefusal.POSITION_DISABLED, position.getTitle());
        }
        User holder = users.findByPositionId(position.getId()).orElse(null);
        if (holder != null && (existing == null || !holder.getId().equals(existing.getId()))) {
            throw new RefusedException(DirectoryRefusal.POSITION_HELD, position.getTitle(), holder.getFullName());
        }
    }

    /** Blank is no username; anything else must follow the username rule (rule 13), in its canonical form. */
    private static String canonicalUsername(String typed) {
        return typed == null || typed.isBlank() ? null : Username.of(typed).value();
    }

    private static void addIf(List<String> missing, boolean isMissing, String field) {
        if (isMissing) {
            missing.add(field);
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves users for the administration's commands, turning what the database refuses (a
 * unique username, e-mail or position taken by a concurrent command, someone else's edit saved
 * first) into the refusals a person reads.
 */
@Component
class UserStore {

    private final UserRepository users;

    UserStore(UserRepository users) {
        this.users = users;
    }

    User get(long id) {
        return users.findById(id).orElseThrow(() -> new RefusedException(DirectoryRefusal.USER_UNKNOWN, id));
    }

    /** The user, refused when someone saved it after the form loaded {@code version} (optimistic locking). */
    User get(long id, long version) {
        User u = get(id);
        u.refuseIfDeleted(DirectoryRefusal.DELETED_RESTORE_BEFORE_EDITING);
        if (u.getVersion() != version) {
            throw changedMeanwhile(u);
        }
        return u;
    }

    /** The name of the user, for a bulk command's outcome; the id when it does not exist. */
    String nameOf(long id) {
        return users.findById(id).map(User::getFullName).orElse("#" + id);
    }

    /** A deleted user comes back only with its username and e-mail, so neither may have gone to someone else. */
    void checkRestorable(User u) {
        if (u.getUsername() != null && users.existsByUsernameAndDeletedAtIsNullAndIdNot(u.getUsername(), u.getId())) {
            throw new RefusedException(DirectoryRefusal.RESTORE_USERNAME_TAKEN, u.getUsername(), u.getFullName());
        }
        if (u.getEmail() != null && users.existsByEmailAndDeletedAtIsNullAndIdNot(u.getEmail(), u.getId())) {
            throw new RefusedException(DirectoryRefusal.RESTORE_EMAIL_TAKEN, u.getEmail());
        }
    }

    void save(User u) {
        try {
            users.saveAndFlush(u);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw changedMeanwhile(u);
        } catch (DataIntegrityViolationException e) {
            String msg = String.valueOf(e.getMostSpecificCause().getMessage());
            if (msg.contains("uq_app_user_live_username")) {
                throw new RefusedException(DirectoryRefusal.USERNAME_TAKEN, u.getUsername());
            }
            if (msg.contains("uq_app_user_live_email")) {
                throw new RefusedException(DirectoryRefusal.EMAIL_TAKEN, u.getEmail());
            }
            if (msg.contains("uq_app_user_position")) {
                throw new RefusedException(DirectoryRefusal.POSITION_TAKEN);
            }
            throw e;
        }
    }

    private static RefusedException changedMeanwhile(User u) {
        return new RefusedException(DirectoryRefusal.CHANGED_MEANWHILE, u.getFullName());
    }
}

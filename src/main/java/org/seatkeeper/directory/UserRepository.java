package org.seatkeeper.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsernameAndDeletedAtIsNull(String username);

    boolean existsByRoleAndDeletedAtIsNull(Role role);

    boolean existsByUsernameAndDeletedAtIsNullAndIdNot(String username, Long id);

    boolean existsByEmailAndDeletedAtIsNullAndIdNot(String email, Long id);

    Optional<User> findByPositionId(Long positionId);

    long countByProfileIdAndDeletedAtIsNull(Long profileId);

    long countByProfileId(Long profileId);

    /** Position id and holder's full name of every held position, in one query. */
    @Query("select u.position.id, concat(u.firstName, ' ', u.lastName) from User u where u.position is not null")
    List<Object[]> positionHolders();

    long countByBusinessAreaId(Long businessAreaId);

    List<User> findByProfileIdAndDeletedAtIsNull(Long profileId);
}

package org.seatkeeper.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    String ROW_SELECT = """
            select new org.seatkeeper.directory.UserRow(u.id, u.firstName, u.lastName, u.username, u.email, u.role,
                u.active, u.deletedAt, u.validUntil, p.name, t.name, bp.name, ba.name, pos.title, u.concurrentClass,
                case when u.passwordHash is null then false else true end)
            """;
    String ROW_FROM = """
            from User u
            left join u.profile p left join p.licenceType t
            left join u.businessArea ba left join ba.parent bp
            left join u.position pos
            where (:status = 'ALL' and u.deletedAt is null
                   or :status = 'ACTIVE' and u.deletedAt is null and u.active = true
                   or :status = 'INACTIVE' and u.deletedAt is null and u.active = false
                   or :status = 'DELETED' and u.deletedAt is not null)
              and (:keyword is null
                   or lower(u.firstName) like :keyword or lower(u.lastName) like :keyword
                   or lower(concat(u.firstName, ' ', u.lastName)) like :keyword
                   or lower(u.username) like :keyword or lower(u.email) like :keyword)
              and (:profileId is null or p.id = :profileId)
              and (:areaId is null or ba.id = :areaId or bp.id = :areaId)
              and (:role is null or u.role = :role)
            """;

    @Query(value = ROW_SELECT + ROW_FROM, countQuery = "select count(u) " + ROW_FROM)
    Page<UserRow> findRows(@Param("status") String status, @Param("keyword") String keyword,
                           @Param("profileId") Long profileId, @Param("areaId") Long areaId,
                           @Param("role") Role role, Pageable pageable);

    @Query("select count(u) " + ROW_FROM)
    long countRows(@Param("status") String status, @Param("keyword") String keyword,
                   @Param("profileId") Long profileId, @Param("areaId") Long areaId, @Param("role") Role role);
}

package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserSessionRepository extends JpaRepository<UserSession, Long> {

    @Query("select s from UserSession s where s.userId = :userId and s.endedAt is null")
    Optional<UserSession> findOpenByUserId(@Param("userId") long userId);

    @Query("select s from UserSession s where s.endedAt is null order by s.loginTime")
    List<UserSession> findAllOpen();

    /**
     * Ends the session only if it is open and stale (last heartbeat at or before {@code staleBefore}),
     * in one statement, so a heartbeat arriving at the same moment cannot be overruled.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserSession s set s.endedAt = :at, s.endReason = :reason, s.version = s.version + 1
            where s.id = :id and s.endedAt is null and s.lastHeartbeat <= :staleBefore""")
    int endIfStale(
            @Param("id") long id,
            @Param("reason") EndReason reason,
            @Param("at") Instant at,
            @Param("staleBefore") Instant staleBefore);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserSession s set s.endedAt = :at, s.endReason = :reason, s.version = s.version + 1
            where s.id = :id and s.endedAt is null and s.lastActivity <= :idleBefore""")
    int endIfIdle(
            @Param("id") long id,
            @Param("reason") EndReason reason,
            @Param("at") Instant at,
            @Param("idleBefore") Instant idleBefore);

    /**
     * Open sessions held through the seat API whose lease plus grace ran out at {@code now}, or whose
     * user was asked to sign out before {@code signOutBefore}. Each row carries its own lease, so the
     * comparison is made in SQL.
     */
    @Query(value = """
            SELECT * FROM user_session WHERE ended_at IS NULL AND api_client_id IS NOT NULL
            AND (last_heartbeat <= TIMESTAMPADD(SECOND, -reclaim_after_seconds, :now)
                 OR sign_out_requested_at <= :signOutBefore)""", nativeQuery = true)
    List<UserSession> findOpenLeasesToReclaim(@Param("now") Instant now, @Param("signOutBefore") Instant signOutBefore);

    @Query("select s from UserSession s where s.endedAt is null and s.lastActivity <= :idleBefore")
    List<UserSession> findOpenIdleSince(@Param("idleBefore") Instant idleBefore);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserSession s set s.signOutRequestedAt = :at, s.version = s.version + 1
            where s.id = :id and s.endedAt is null""")
    int requestSignOut(@Param("id") long id, @Param("at") Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE user_session SET open_tabs = :tabs WHERE id = :id AND ended_at IS NULL", nativeQuery = true)
    int recordOpenTabs(@Param("id") long id, @Param("tabs") int tabs);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserSession s set s.lastHeartbeat = :at where s.id = :id and s.endedAt is null")
    int heartbeat(@Param("id") long id, @Param("at") Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserSession s set s.lastHeartbeat = :at, s.lastActivity = :at
            where s.id = :id and s.endedAt is null""")
    int heartbeatWithActivity(@Param("id") long id, @Param("at") Instant at);
}

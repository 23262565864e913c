package org.seatkeeper.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {
}

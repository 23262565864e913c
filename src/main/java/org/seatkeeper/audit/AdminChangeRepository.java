package org.seatkeeper.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdminChangeRepository extends JpaRepository<AdminChangeEntry, Long> {
}

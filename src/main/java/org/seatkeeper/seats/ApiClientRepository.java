package org.seatkeeper.seats;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<ApiClient> findAllByOrderByNameAsc();
}

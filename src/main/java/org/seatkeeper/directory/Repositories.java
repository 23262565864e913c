package org.seatkeeper.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<Profile, Long> {
    boolean existsByNameAndIdNot(String name, Long id);

    List<Profile> findAllByOrderByName();
}

interface LicenceTypeRepository extends JpaRepository<LicenceType, Long> {
    List<LicenceType> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByName(String name);
}

interface LicensedModuleRepository extends JpaRepository<LicensedModule, Long> {
    List<LicensedModule> findAllByOrderByName();

    boolean existsByName(String name);
}

interface BusinessAreaRepository extends JpaRepository<BusinessArea, Long> {
    List<BusinessArea> findByParentIsNullOrderByName();

    List<BusinessArea> findByParentIdOrderByName(Long parentId);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByParentIsNullAndName(String name);
}

interface PositionRepository extends JpaRepository<Position, Long> {
    List<Position> findAllByOrderByTitle();

    boolean existsByTitleAndIdNot(String title, Long id);
}

interface NamedPotRepository extends JpaRepository<NamedPot, Long> {
    Optional<NamedPot> findByScopeKey(String scopeKey);
}

interface ConcurrentPoolCapacityRepository extends JpaRepository<ConcurrentPoolCapacity, ConcurrentPool> {}

interface DirectorySettingRepository extends JpaRepository<DirectorySetting, String> {}

package org.seatkeeper.directory;

import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The setup lists of seed 003: positions (unique; disabled, never deleted, once used) and two-level
 * business areas, plus the licensed modules and licence types (which only support adds, since
 * each brings a named pot).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class SetupLists {

    static final String ALL = "All";
    static final int POSITION_TITLE_MAX = 150;

    private final PositionRepository positions;
    private final BusinessAreaRepository areas;
    private final LicensedModuleRepository modules;
    private final LicenceTypeRepository types;
    private final NamedPotRepository pots;
    private final UserRepository users;
    private final AdminLog log;

    SetupLists(
            PositionRepository positions,
            BusinessAreaRepository areas,
            LicensedModuleRepository modules,
            LicenceTypeRepository types,
            NamedPotRepository pots,
            UserRepository users,
            AdminLog log) {
        this.positions = positions;
        this.areas = areas;
        this.modules = modules;
        this.types = types;
        this.pots = pots;
        this.users = users;
        this.log = log;
    }

    // ---------------------------------------------------------------- positions

    public List<PositionRow> positions() {
        java.util.Map<Long, String> holders = new java.util.HashMap<>();
        users.positionHolders().forEach(row -> holders.put((Long) row[0], (String) row[1]));
        return positions.findAllByOrderByTitle().stream()
                .map(p ->
                        new PositionRow(p.getId(), p.getTitle(), p.isEnabled(), p.isEverUsed(), holders.get(p.getId())))
                .toList();
    }

    @Transactional
    public long createPosition(String title) {
        String t = title(title, null);
        Position p = positions.saveAndFlush(new Position(t));
        log.changed("Position created", "position " + t, null, t);
        return p.getId();
    }

    @Transactional
    public void renamePosition(long id, String title) {
        Position p = position(id);
        String t = title(title, id);
        String before = p.getTitle();
        p.rename(t);
        positions.saveAndFlush(p);
        log.changed("Position renamed", "position " + t, before, t);
    }

    /** A disabled position can no longer be given to anyone; its current holder keeps it. */
    @Transactional
    public void setPositionEnabled(long id, boolean enabled) {
        Position p = position(id);
        boolean before = p.isEnabled();
        p.setEnabled(enabled);
        positions.saveAndFlush(p);
        log.changed(
                enabled ? "Position enabled" : "Position disabled",
                "position " + p.getTitle(),
                before ? "enabled" : "disabled",
                enabled ? "enabled" : "disabled");
    }

    /** Seed 003: a position that has ever been held can only be disabled. */
    @Transactional
    public void deletePosition(long id) {
        Position p = position(id);
        if (p.isEverUsed()) {
            throw new RefusedException(DirectoryRefusal.POSITION_USED, p.getTitle());
        }
        positions.delete(p);
        positions.flush();
        log.changed("Position deleted", "position " + p.getTitle(), p.getTitle(), null);
    }

    // ---------------------------------------------------------------- business areas

    /** Primaries first, each followed by its secondaries, by name. */
    public List<BusinessAreaRow> businessAreas() {
        List<BusinessAreaRow> rows = new ArrayList<>();
        for (BusinessArea primary : areas.findByParentIsNullOrderByName()) {
            rows.add(areaRow(primary));
            areas.findByParentIdOrderByName(primary.getId()).forEach(s -> rows.add(areaRow(s)));
        }
        return rows;
    }

    /** Adds a primary area with a secondary "All" under it, as seed 003 describes. */
    @Transactional
    public long createPrimaryBusinessArea(String name) {
        String n = areaName(name);
        if (areas.existsByParentIsNullAndName(n)) {
            throw new RefusedException(DirectoryRefusal.PRIMARY_AREA_TAKEN, n);
        }
        BusinessArea primary = areas.saveAndFlush(new BusinessArea(n, null));
        areas.saveAndFlush(new BusinessArea(ALL, primary));
        log.changed("Business area created", "business area " + n, null, n + " (with secondary " + ALL + ")");
        return primary.getId();
    }

    @Transactional
    public long createSecondaryBusinessArea(long primaryId, String name) {
        BusinessArea primary = area(primaryId);
        if (!primary.isPrimary()) {
            throw new RefusedException(DirectoryRefusal.AREA_IS_SECONDARY, primary.label());
        }
        String n = areaName(name);
        if (areas.existsByParentIdAndName(primaryId, n)) {
            throw new RefusedException(DirectoryRefusal.SECONDARY_AREA_TAKEN, primary.getName(), n);
        }
        BusinessArea area = areas.saveAndFlush(new BusinessArea(n, primary));
        log.changed("Business area created", "business area " + area.label(), null, area.label());
        return area.getId();
    }

    @Transactional
    public void renameBusinessArea(long id, String name) {
        BusinessArea area = area(id);
        String n = areaName(name);
        boolean taken = area.isPrimary()
                ? areas.existsByParentIsNullAndName(n)
                : areas.existsByParentIdAndName(area.getParent().getId(), n);
        if (taken && !area.getName().equals(n)) {
            throw new RefusedException(DirectoryRefusal.AREA_TAKEN, n);
        }
        String before = area.label();
        area.rename(n);
        areas.saveAndFlush(area);
        log.changed("Business area renamed", "business area " + area.label(), before, area.label());
    }

    @Transactional
    public void setBusinessAreaEnabled(long id, boolean enabled) {
        BusinessArea area = area(id);
        area.setEnabled(enabled);
        areas.saveAndFlush(area);
        log.changed(
                enabled ? "Business area enabled" : "Business area disabled",
                "business area " + area.label(),
                enabled ? "disabled" : "enabled",
                enabled ? "enabled" : "disabled");
    }

    /** Only an area never used by any user (deleted ones included: history) can be deleted. */
    @Transactional
    public void deleteBusinessArea(long id) {
        BusinessArea area = area(id);
        List<BusinessArea> affected = new ArrayList<>();
        if (area.isPrimary()) {
            affected.addAll(areas.findByParentIdOrderByName(id));
        }
        affected.add(area);
        for (BusinessArea a : affected) {
            if (users.countByBusinessAreaId(a.getId()) > 0) {
                throw new RefusedException(DirectoryRefusal.AREA_USED, a.label());
            }
        }
        areas.deleteAll(affected);
        areas.flush();
        log.changed("Business area deleted", "business area " + area.label(), area.label(), null);
    }

    // ---------------------------------------------------------------- modules and licence types

    public List<ModuleRow> modules() {
        return modules.findAllByOrderByName().stream()
                .map(m -> new ModuleRow(m.getId(), m.getName()))
                .toList();
    }

    public List<LicenceTypeRow> licenceTypes() {
        return types.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(t -> new LicenceTypeRow(t.getId(), t.getName(), t.canLogIn(), t.isFree()))
                .toList();
    }

    /** A new module comes with its named pot at capacity 0, which support then raises. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public long createModule(String name) {
        String n = required(name, DirectoryRefusal.MODULE_NAME_MISSING, DirectoryRefusal.MODULE_NAME_TOO_LONG);
        if (modules.existsByName(n)) {
            throw new RefusedException(DirectoryRefusal.MODULE_TAKEN, n);
        }
        LicensedModule m = modules.saveAndFlush(new LicensedModule(n));
        pots.saveAndFlush(NamedPot.forModule(m, 0));
        log.changed("Module created", "module " + n, null, n + " (pot capacity 0)");
        return m.getId();
    }

    /** A new paid licence type comes with its named pot at capacity 0; free types have no pot. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public long createLicenceType(String name, boolean canLogIn, boolean free) {
        String n =
                required(name, DirectoryRefusal.LICENCE_TYPE_NAME_MISSING, DirectoryRefusal.LICENCE_TYPE_NAME_TOO_LONG);
        if (types.existsByName(n)) {
            throw new RefusedException(DirectoryRefusal.LICENCE_TYPE_TAKEN, n);
        }
        int order = types.findAll().stream()
                        .mapToInt(LicenceType::getSortOrder)
                        .max()
                        .orElse(0)
                + 10;
        LicenceType t = types.saveAndFlush(new LicenceType(n, canLogIn, free, order));
        if (!free) {
            pots.saveAndFlush(NamedPot.forType(t, 0));
        }
        log.changed(
                "Licence type created",
                "licence type " + n,
                null,
                n + (canLogIn ? ", can log in" : ", no login") + (free ? ", free" : ", pot capacity 0"));
        return t.getId();
    }

    // ---------------------------------------------------------------- helpers

    private BusinessAreaRow areaRow(BusinessArea a) {
        return new BusinessAreaRow(
                a.getId(),
                a.getName(),
                a.getParent() == null ? null : a.getParent().getId(),
                a.getParent() == null ? null : a.getParent().getName(),
                a.isEnabled(),
                users.countByBusinessAreaId(a.getId()));
    }

    private String title(String title, Long id) {
        String t = required(
                title,
                DirectoryRefusal.POSITION_TITLE_MISSING,
                DirectoryRefusal.POSITION_TITLE_TOO_LONG,
                POSITION_TITLE_MAX);
        if (positions.existsByTitleAndIdNot(t, id == null ? -1L : id)) {
            throw new RefusedException(DirectoryRefusal.POSITION_TAKEN_TITLE, t);
        }
        return t;
    }

    private static String areaName(String name) {
        return required(name, DirectoryRefusal.AREA_NAME_MISSING, DirectoryRefusal.AREA_NAME_TOO_LONG);
    }

    private static String required(String value, DirectoryRefusal missing, DirectoryRefusal tooLong) {
        return required(value, missing, tooLong, PersonName.MAX_LENGTH);
    }

    private static String required(String value, DirectoryRefusal missing, DirectoryRefusal tooLong, int max) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(missing);
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new RefusedException(tooLong, max);
        }
        return v;
    }

    private Position position(long id) {
        return positions.findById(id).orElseThrow(() -> new RefusedException(DirectoryRefusal.POSITION_UNKNOWN, id));
    }

    private BusinessArea area(long id) {
        return areas.findById(id).orElseThrow(() -> new RefusedException(DirectoryRefusal.BUSINESS_AREA_UNKNOWN, id));
    }
}

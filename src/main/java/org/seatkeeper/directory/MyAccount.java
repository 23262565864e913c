package org.seatkeeper.directory;

import java.time.LocalDate;
import java.util.List;

/** What a signed-in person sees about themselves. Profile, type and area are null for administrators. */
public record MyAccount(
        String username,
        String fullName,
        String email,
        Role role,
        LocalDate validUntil,
        String profile,
        String licenceType,
        List<String> modules,
        String businessArea,
        String position) {}

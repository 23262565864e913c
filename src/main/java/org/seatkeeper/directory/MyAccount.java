package org.seatkeeper.directory;

import java.time.LocalDate;

/** What a signed-in person sees about themselves. */
public record MyAccount(String username, String fullName, String email, Role role, LocalDate validUntil) {
}

/**
 * Brute-force protection (issue 11 item 3): failed sign-ins counted per username and per client address
 * in the database, so every node sees them; a name locked for a doubling wait after a number of failures
 * in a row, an address paused after many failures across names; the settings, the list of current locks
 * and the unlock for administrators. The security module asks it before and tells it after each password
 * check. Depends on shared, and on sessions only to add its part to the settings page. See
 * docs/decisions/0018-brute-force-protection.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-in lockout")
package org.seatkeeper.lockout;

/**
 * Each signed-in person's own preferences, remembered per account on every node: today the
 * appearance (light, dark, or as the device is set). Contributes a section to My account and is
 * read by the page frame. Depends on the directory only to know who is signed in.
 */
package org.seatkeeper.preferences;

/**
 * Presence of portal tabs: keeps each signed-in browser tab's seat alive with heartbeats, tells the
 * admission engine when the user acts, and tells the tabs when their session ends or an
 * administrator asks them to sign out.
 */
package org.seatkeeper.presence;

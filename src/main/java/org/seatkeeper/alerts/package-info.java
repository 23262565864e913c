/**
 * Usage alerts (issue 10): rules per concurrent pool ("at or above a share of capacity for some minutes",
 * "any sign-in refused for want of a seat"), evaluated on the recorded usage minutes; an alert is raised
 * once per episode whatever the number of nodes, shown to administrators and support as a banner until
 * acknowledged, and sent to an outgoing webhook and by email with retries. Reads the usage history;
 * nothing but the shell's banner depends on it. See docs/decisions/0017-usage-alerts.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usage alerts")
package org.seatkeeper.alerts;

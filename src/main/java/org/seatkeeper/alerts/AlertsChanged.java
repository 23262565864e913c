package org.seatkeeper.alerts;

/** An episode was raised, cleared or acknowledged on this node: the live banner reads again after commit. */
record AlertsChanged(long episode) {}

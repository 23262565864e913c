/**
 * The seat API for connected applications: their registration and tokens, and the HTTP endpoints
 * through which they take, renew and release seats on their users' behalf. Admission itself is the
 * sessions module's, the same engine and pools as portal sign-ins.
 */
package org.seatkeeper.seats;

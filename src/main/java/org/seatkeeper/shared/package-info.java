/** Small helpers every feature module may use; depends on no other module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.seatkeeper.shared;

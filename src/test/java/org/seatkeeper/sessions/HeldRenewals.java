package org.seatkeeper.sessions;

import org.springframework.context.ApplicationContext;

/**
 * Tests' door to the lease renewals a node holds ({@link RenewalsWrittenBehind}): tests switch the
 * scheduled flush off, so one that renews a seat and then reads its row writes the held renewals first.
 */
public final class HeldRenewals {

    private HeldRenewals() {}

    /** Writes every renewal this context holds, as the next scheduled flush would; returns how many. */
    public static int flush(ApplicationContext context) {
        return context.getBean(RenewalsWrittenBehind.class).flush();
    }
}

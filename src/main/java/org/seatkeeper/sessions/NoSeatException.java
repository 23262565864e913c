package org.seatkeeper.sessions;

import java.util.List;
import java.util.stream.Stream;
import org.seatkeeper.shared.RefusedException;

/** Every pool this user may use is full (rule 7): "All licences are in use. Try again later." */
public class NoSeatException extends RefusedException {

    /** @param tried the use of every pool the person could have used, one or two, in the order tried */
    public NoSeatException(List<PoolUsage> tried) {
        super(
                tried.size() == 1 ? SessionRefusal.NO_SEAT : SessionRefusal.NO_SEAT_IN_TWO_POOLS,
                tried.stream()
                        .flatMap(usage -> Stream.of(PoolNames.term(usage.pool()), usage.inUse(), usage.capacity()))
                        .toArray());
    }
}

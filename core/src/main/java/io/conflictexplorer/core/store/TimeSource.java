package io.conflictexplorer.core.store;

import java.time.Instant;

/**
 * Where a store's last-writer-wins clock reads the time. The store itself makes the timestamps it
 * issues strictly increasing, so a source may repeat or even go backwards.
 */
@FunctionalInterface
public interface TimeSource {

    /** The current time in the caller's unit. */
    long now();

    /** Wall-clock time in microseconds since the epoch, as the protocol node uses. */
    static TimeSource wallClockMicros() {
        return () -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        };
    }
}

package io.conflictexplorer.core.store;

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
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        };
    }
}

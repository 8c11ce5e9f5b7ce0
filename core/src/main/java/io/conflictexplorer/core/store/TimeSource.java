package io.conflictexplorer.core.store;

/**
 * Where a store's last-writer-wins clock reads the time. The store itself makes the timestamps it
 * issues strictly increasing, so a source may repeat or even go backwards.
 */
@FunctionalInterface
public interface TimeSource {

    /** The current time in the caller's unit. */
    long now();
}

package io.conflictexplorer.gui.run.model;

import java.util.Set;

/**
 * Which chips of a run are shown and navigated: those on one key ({@code key}, or null for all)
 * and by some clients ({@code clients}, or empty for all). Long runs have hundreds of keys and
 * several clients; a teacher explaining one divergence wants that key's story alone.
 */
public record RunFilter(String key, Set<String> clients) {

    /** Every chip. */
    public static final RunFilter ALL = new RunFilter(null, Set.of());

    public RunFilter {
        key = key == null || key.isBlank() ? null : key.strip();
        clients = Set.copyOf(clients);
    }

    /** True when a chip of {@code client} on {@code key} passes. */
    public boolean accepts(String client, String chipKey) {
        return (key == null || key.equals(chipKey)) && (clients.isEmpty() || clients.contains(client));
    }

    /** True when every chip passes. */
    public boolean isAll() {
        return key == null && clients.isEmpty();
    }
}

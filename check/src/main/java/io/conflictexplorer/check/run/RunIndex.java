package io.conflictexplorer.check.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The way between an opened run's operations and its transcript: each operation id to the line that
 * asked for it ({@link RunSource}), and back, by line or by {@code msg_id}. Built once when the run
 * opens, in time linear in its operations; every lookup is a hash lookup.
 *
 * <p>A {@code msg_id} is not unique in a run (each client counts its own), so finding by it gives
 * every operation whose request carried it, in order of addition.
 */
public final class RunIndex {

    private static final RunIndex EMPTY = new Builder().build();

    private final Map<String, RunSource> sources;
    private final Map<String, Map<Integer, String>> byLine;
    private final Map<String, List<String>> byMsgId;

    private RunIndex(Builder b) {
        this.sources = b.sources;
        this.byLine = b.byLine;
        this.byMsgId = b.byMsgId;
    }

    public static RunIndex empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where operation {@code operationId} came from, or null when it came from no line. */
    public RunSource source(String operationId) {
        return sources.get(operationId);
    }

    /** The operation asked for at {@code line} of {@code file}, or null. */
    public String operationAt(String file, int line) {
        Map<Integer, String> lines = byLine.get(file);
        return lines == null ? null : lines.get(line);
    }

    /**
     * The operations whose request carried {@code msgId} ({@code msg_id} as JSON text: {@code 7}, or
     * {@code "a"} for a string), in order; empty when none did.
     */
    public List<String> operationsWithMsgId(String msgId) {
        List<String> ids = byMsgId.get(msgId);
        return ids == null ? List.of() : Collections.unmodifiableList(ids);
    }

    /** How many operations it knows. */
    public int size() {
        return sources.size();
    }

    /** Collects the sources of a run's operations; {@link #build} once. */
    public static final class Builder {
        private final Map<String, RunSource> sources = new HashMap<>();
        private final Map<String, Map<Integer, String>> byLine = new HashMap<>();
        private final Map<String, List<String>> byMsgId = new HashMap<>();

        private Builder() {}

        /** Records that operation {@code operationId} came from {@code source}. */
        public Builder add(String operationId, RunSource source) {
            Objects.requireNonNull(operationId, "operationId");
            Objects.requireNonNull(source, "source");
            if (sources.putIfAbsent(operationId, source) != null) {
                throw new IllegalArgumentException("operation " + operationId + " is indexed twice");
            }
            // get and put, not computeIfAbsent: no lambda, whose first use costs a launcher's start-up
            Map<Integer, String> lines = byLine.get(source.file());
            if (lines == null) {
                lines = new HashMap<>();
                byLine.put(source.file(), lines);
            }
            lines.put(source.line(), operationId);
            if (source.msgId() != null) {
                List<String> ids = byMsgId.get(source.msgId());
                if (ids == null) {
                    ids = new ArrayList<>(1);
                    byMsgId.put(source.msgId(), ids);
                }
                ids.add(operationId);
            }
            return this;
        }

        /** True when {@code operationId} was added. */
        public boolean has(String operationId) {
            return sources.containsKey(operationId);
        }

        public RunIndex build() {
            return new RunIndex(this);
        }
    }
}

package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Sibling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What really happened before what in one run, whatever a scheme's clocks say: the judge that tells
 * a value a scheme removed because its writer had seen it (superseded) from one removed although
 * its writer never saw it (silently lost). One per run, shared by its replicas.
 *
 * <p>Rules: a write's true clock is, per key, the merge of the true clocks of the values its
 * client's last read of the key returned (nothing for a write that sends no context), with the
 * client's own entry set to its number of writes to the key so far: the task's client version
 * vectors with one counter per client, which never repeat. A value is truly superseded by another
 * when the other's true clock strictly descends its own.
 *
 * <p>It also hands out every write's identity (a {@link Dot} of the actor that coordinated it and a
 * sequence number that survives the actor's data loss, so identities never repeat) and remembers
 * when each clock counter was issued, for pruning by age.
 */
public final class TrueCausality {

    private final Map<Dot, VersionVector> truth = new HashMap<>();
    private final Map<String, Map<String, VersionVector>> lastRead = new HashMap<>();
    private final Map<String, Map<String, Long>> writes = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Long> issued = new HashMap<>();

    /** Notes that {@code client} read {@code siblings} of {@code key}. */
    public void noteRead(String client, String key, List<Sibling<String>> siblings) {
        VersionVector seen = VersionVector.empty();
        for (Sibling<String> s : siblings) {
            seen = seen.merge(clockOf(s.dot()));
        }
        lastRead.computeIfAbsent(client, c -> new HashMap<>()).put(key, seen);
    }

    /** A new identity for a write coordinated by {@code actor}. */
    public Dot nextDot(String actor) {
        return new Dot(actor, sequences.merge(actor, 1L, Long::sum));
    }

    /**
     * Records write {@code dot} by {@code client} to {@code key}; {@code withContext} false for a
     * write that sent no context (it saw nothing).
     */
    public VersionVector noteWrite(Dot dot, String client, String key, boolean withContext) {
        VersionVector seen = withContext
                ? lastRead.getOrDefault(client, Map.of()).getOrDefault(key, VersionVector.empty())
                : VersionVector.empty();
        long n = writes.computeIfAbsent(client, c -> new HashMap<>()).merge(key, 1L, Long::sum);
        VersionVector clock = seen.with(client, n);
        truth.put(dot, clock);
        return clock;
    }

    /** The true clock of write {@code dot}; empty for a write this run never saw. */
    public VersionVector clockOf(Dot dot) {
        return truth.getOrDefault(dot, VersionVector.empty());
    }

    /** True when the writer of {@code later} had truly seen {@code earlier}. */
    public boolean supersedes(Sibling<?> later, Sibling<?> earlier) {
        VersionVector a = clockOf(later.dot());
        VersionVector b = clockOf(earlier.dot());
        return a.descends(b) && !a.equals(b);
    }

    /** Notes that {@code actor}'s counter reached {@code counter} at {@code time} (the first time only). */
    public void noteIssued(String actor, long counter, long time) {
        issued.putIfAbsent(actor + '\u0000' + counter, time);
    }

    /** When {@code actor}'s counter reached {@code counter}; 0 if never noted. */
    public long issuedAt(String actor, long counter) {
        return issued.getOrDefault(actor + '\u0000' + counter, 0L);
    }
}

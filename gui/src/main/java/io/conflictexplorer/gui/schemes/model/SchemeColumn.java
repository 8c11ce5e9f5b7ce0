package io.conflictexplorer.gui.schemes.model;

import java.util.List;

/**
 * One clock scheme's column at the time cursor.
 *
 * @param scheme       its name ({@code lww}, {@code client-vv}, {@code server-vv},
 *                     {@code server-vv-merged}, {@code dvv})
 * @param title        its name for people ("dotted version vector sets")
 * @param acknowledged writes acknowledged so far
 * @param visible      values a read could return now (all keys, all siblings, all replicas' own)
 * @param lost         acknowledged writes silently lost so far
 * @param clockSize    the clock size: entries in the clocks stored, the largest of any replica
 * @param siblings     values stored, the most of any replica
 * @param replicas     each replica's stored keys, in the scenario's order
 * @param read         what the step's read returned under this scheme (values, then the context
 *                     it gives the next write); empty when the step is no read
 * @param narration    what this scheme did since the cursor's last position, and the rule that decided it
 * @param lostNow      true when this step made it silently lose a write
 * @param folded       true when some key shows only its first values (expand shows them all)
 * @param expanded     true when the column shows every value, even of a sibling explosion
 */
public record SchemeColumn(
        String scheme,
        String title,
        int acknowledged,
        int visible,
        int lost,
        int clockSize,
        int siblings,
        List<ReplicaCell> replicas,
        String read,
        String narration,
        boolean lostNow,
        boolean folded,
        boolean expanded) {

    public SchemeColumn {
        replicas = List.copyOf(replicas);
    }
}

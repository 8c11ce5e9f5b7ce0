package io.conflictexplorer.gui.lesson.view;

import java.util.List;

/**
 * Every mark the diagram and the panels draw, with what it means: the legend sheet lists these,
 * each drawn with the style class the diagram itself uses, so the sheet shows the very colour and
 * dash of the theme in use. Plain data, so a test can check that no mark is missing.
 */
final class Legend {

    /** How an entry's sample is drawn. */
    enum Sample {
        /** A small chip with the entry's style classes. */
        CHIP,
        /** A short line with an arrow head, in the entry's style classes. */
        ARROW,
        /** The entry's {@code text} itself, in its style classes (a tag, a word on a chip). */
        TEXT
    }

    /**
     * @param classes style classes of the sample, as the diagram sets them
     * @param sample  the sample's text (for {@link Sample#TEXT} and chips)
     */
    record Entry(String section, Sample kind, List<String> classes, String sample, String meaning) {}

    /** Placeholder for the diagram's read-from arrows (write observed -> read): its style class once drawn. */
    static final String READ_FROM = "read-from-arrow";

    static final List<Entry> ENTRIES = List.of(
            new Entry("Chips", Sample.CHIP, List.of("chip", "chip-write"), "write x=a", "a write"),
            new Entry("Chips", Sample.CHIP, List.of("chip", "chip-read"), "read x", "a read"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "chip-blind"),
                    "write x=a",
                    "dashed, grey: a blind write (it read nothing, sends no context)"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "chip-no-context"),
                    "write x=a",
                    "dashed: a write whose client read nothing before it"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "chip-pending"),
                    "write x=a",
                    "faded: after the time cursor, not happened yet"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "chip-lost"),
                    "write x=a",
                    "struck through, in the colour of LOST: acknowledged, then lost under LWW"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "role-selected"),
                    "write x=b",
                    "thickest border, with a shadow: the selected chip (click one)"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "role-past"),
                    "write x=a",
                    "solid border: in the selected chip's causal past"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "role-future"),
                    "read x",
                    "dotted border: in its causal future"),
            new Entry(
                    "Chips",
                    Sample.CHIP,
                    List.of("chip", "chip-write", "role-concurrent"),
                    "write x=c",
                    "dashed border: concurrent with it (neither saw the other)"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("context-arrow"),
                    "",
                    "context: a write carries what its client last read"),
            new Entry("Arrows", Sample.ARROW, List.of("gossip", "gossip-quiet"), "", "gossip that brought nothing new"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("gossip", "gossip-changed"),
                    "",
                    "gossip that changed the receiving replica"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("gossip", "gossip-loss"),
                    "",
                    "gossip that made LWW silently drop a write"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("gossip", "gossip-vv-loss"),
                    "",
                    "long dashes: gossip that made VV itself drop a write (naive client counters)"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("gossip", "gossip-lost"),
                    "",
                    "short dashes, crossed out: gossip the cut link or the network dropped"),
            new Entry("Arrows", Sample.ARROW, List.of(READ_FROM), "", "read from: the write a read observed"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of(READ_FROM, "read-from-arrow-lww-only"),
                    "",
                    "grey: read from a write only under LWW (VV returned other values)"),
            new Entry(
                    "Arrows",
                    Sample.ARROW,
                    List.of("time-cursor"),
                    "",
                    "the time cursor: everything left of it happened"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("store-mark", "store-mark-loss"),
                    "LWW lost a",
                    "on the store's lane: a write this step made the store silently drop"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("store-mark", "store-mark-conflict"),
                    "VV 2 siblings",
                    "on the store's lane: VV now keeps concurrent values side by side"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "got ?",
                    "predict mode (Q): not revealed yet, the class decides first (R reveals)"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("chip-replica"),
                    "\u2192 n2",
                    "the replica an operation is sent to (right-click a chip: Send to)"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "{c1: 1, c2: 1}",
                    "a version vector: how many writes of each client the value has seen"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "ctx {c1: 1}",
                    "on a read: the context it got back; the client's next write carries it"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "dot n1:3",
                    "which write this is (replica and sequence number), when clocks tie"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "t=14",
                    "the time axis: when the operation happens (true time)"),
            new Entry(
                    "Words",
                    Sample.TEXT,
                    List.of("legend-word"),
                    "LWW ts 14",
                    "an LWW timestamp: the replica's clock, true time plus its skew; the highest wins"));

    /** The short explainer of the clock notation, "descends" and "concurrent", reachable from the legend. */
    static final String CLOCKS = String.join(
            "\n\n",
            "A version vector such as {c1: 2, c2: 1} counts, per client, how many of that client's writes"
                    + " a value has seen: two of c1's and one of c2's.",
            "A clock descends from another when every count in it is at least as high: {c1: 2, c2: 1}"
                    + " descends from {c1: 1}. The newer value has seen everything the older one saw,"
                    + " so it replaces it. Nothing is lost.",
            "Two clocks are concurrent when each has a count the other lacks: {c1: 1} and {c2: 1}."
                    + " Neither write saw the other. VV keeps both as siblings (a conflict the next"
                    + " reader sees and resolves); LWW keeps the one with the higher LWW ts and drops the"
                    + " other without telling anyone.",
            "A read returns the values and their combined clock as its context (ctx). A write that"
                    + " carries that context says: I have seen these; so it replaces them. A blind"
                    + " write carries none, so it is concurrent with whatever is stored.",
            "t= is the time axis, the same for everyone. LWW ts is what a replica's clock said;"
                    + " with clock skew the two differ, which is how a fast clock beats a later write.");

    private Legend() {}
}

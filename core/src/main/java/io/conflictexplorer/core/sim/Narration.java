package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * One English sentence per {@link Step}: who did what where, and what the store made of it (values
 * replaced, silent losses, conflicts). A pure function of the step, the trace's mode and whether the
 * scenario is a cluster, so the simulator builds no text and a view asks only for the sentences it
 * shows.
 *
 * <p>Under LWW a sentence quotes timestamps, under VV clocks: each mode's deciding fact. In a
 * cluster it names the replica ("at n1"); a single store has only one place to be.
 */
public final class Narration {

    /** How a sentence tells of a silent loss. */
    public enum Losses {
        /** Why the value was lost, in the order things happened ({@link Loss#explain()}). */
        EXPLAINED,
        /**
         * Only which write was lost ({@code LOST: c1's write milk.}): for a view that shows each loss's
         * explanation right beside the sentence (Presenter's results page, above the LOST cards), where
         * the same sentence twice would take the room the cards need.
         */
        NAMED
    }

    private Narration() {}

    /** The sentence for {@code step} of {@code trace}. */
    public static String of(Trace trace, Step step) {
        return of(trace, step, Losses.EXPLAINED);
    }

    /** As {@link #of(Trace, Step)}, telling of each loss as {@code losses} says. */
    public static String of(Trace trace, Step step, Losses losses) {
        return of(step, trace.mode(), !trace.scenario().topology().isSingle(), Integer.MAX_VALUE, losses);
    }

    /** The sentence for {@code step} in a trace of {@code mode}; {@code cluster} names replicas. */
    public static String of(Step step, Mode mode, boolean cluster) {
        return of(step, mode, cluster, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(Step, Mode, boolean)}, naming at most {@code shown} values in each list of
     * siblings and saying how many more there are ({@code v1, v2, v3, v4, … 97 more}): a sibling
     * explosion's sentence folded as its panel folds the stored values.
     */
    public static String of(Step step, Mode mode, boolean cluster, int shown) {
        return of(step, mode, cluster, shown, Losses.EXPLAINED);
    }

    /** As {@link #of(Step, Mode, boolean, int)}, telling of each loss as {@code losses} says. */
    public static String of(Step step, Mode mode, boolean cluster, int shown, Losses losses) {
        if (step instanceof Step.Write w) {
            return write(w.operation(), w.replica(), w.written(), w.events(), mode, cluster, new Told(shown, losses));
        }
        if (step instanceof Step.Read r) {
            return read(r.operation(), r.replica(), r.read(), mode, cluster, shown);
        }
        if (step instanceof Step.DataLoss d) {
            return d.replica() + " loses everything it stored"
                    + (d.keys().isEmpty() ? "" : " (" + String.join(", ", d.keys()) + ")")
                    + " and restarts empty, under " + (d.event().newActor() ? "a new" : "its old") + " actor id.";
        }
        Step.Arrival a = (Step.Arrival) step; // the only other case
        return arrival(a.message(), a.events(), new Told(shown, losses));
    }

    /**
     * {@code values} joined with commas: all of them when they are at most one more than {@code
     * shown} (naming one is no longer than counting it), else the first {@code shown}, then how many more.
     */
    public static String listed(List<String> values, int shown) {
        if (values.size() <= shown || values.size() - shown == 1) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, shown)) + ", \u2026 " + (values.size() - shown) + " more";
    }

    /**
     * The LWW line shown beside the VV trace's step {@code applied - 1} ({@code applied} VV steps
     * applied, at least one), so that both lines tell of the same event: the LWW trace's step for
     * that event ({@link Simulation#counterpart}), or, when LWW has none, why no gossip arrived there
     * under LWW; then any event only LWW had since the VV step before (gossip only its stores sent).
     *
     * @param lwwApplied {@link Simulation#lwwStepsApplied()}
     */
    public static String lwwBeside(Simulation sim, int[] lwwApplied, int applied) {
        return lwwBeside(sim, lwwApplied, applied, Losses.EXPLAINED);
    }

    /** As {@link #lwwBeside(Simulation, int[], int)}, telling of each loss as {@code losses} says. */
    public static String lwwBeside(Simulation sim, int[] lwwApplied, int applied, Losses losses) {
        Trace lww = sim.lww();
        Step step = sim.vv().steps().get(applied - 1);
        Step same = sim.counterpart(step, Mode.LWW);
        StringBuilder sb = new StringBuilder(same != null ? of(lww, same, losses) : noneUnderLww(step));
        for (int j = lwwApplied[applied - 1]; j < lwwApplied[applied]; j++) {
            Step only = lww.steps().get(j);
            if (sim.counterpart(only, Mode.VV) == null) {
                sb.append(" Also under LWW: ").append(of(lww, only, losses));
            }
        }
        return sb.toString();
    }

    /** Why the LWW trace has no step for {@code step} of the VV trace: a gossip message it never sent. */
    private static String noneUnderLww(Step step) {
        if (step instanceof Step.Arrival a) {
            Transmission t = a.message();
            return "Under LWW no gossip from " + t.from() + " reaches " + t.to() + " here: " + t.from()
                    + " had nothing new for it since its last message.";
        }
        return "Under LWW this did not happen.";
    }

    /** " at n1" in a cluster; nothing for a single store, which has only one place to be. */
    private static String where(String replica, boolean cluster) {
        return cluster ? " at " + replica : "";
    }

    private static String read(
            Operation.Read op, String at, ReadResult<String> r, Mode mode, boolean cluster, int shown) {
        String who = op.client() + " reads " + op.key() + where(at, cluster);
        if (r.siblings().isEmpty()) {
            return who + ": nothing stored yet.";
        }
        if (!r.conflict()) {
            Sibling<String> s = r.siblings().get(0);
            // under LWW the timestamp is what decides; under VV the clock
            return who + " and gets " + s.value()
                    + (mode == Mode.LWW ? " (LWW ts " + s.timestamp().time() + ")" : " " + s.clock()) + ".";
        }
        List<String> values = new ArrayList<>();
        r.siblings().forEach(s -> values.add(s.value()));
        return who + " and gets " + r.siblings().size() + " siblings (" + listed(values, shown)
                + "): a conflict; its context is now "
                + r.context() + ".";
    }

    private static String write(
            Operation.Write w,
            String at,
            Sibling<String> s,
            List<StoreEvent<String>> events,
            Mode mode,
            boolean cluster,
            Told told) {
        StringBuilder sb = new StringBuilder();
        sb.append(w.client()).append(" writes ").append(w.key()).append('=').append(s.value());
        if (w.rule() instanceof WriteValue.AddItem add) {
            sb.append(" (adds ").append(add.item()).append(" to what it had)");
        } else if (w.rule() instanceof WriteValue.MergeRead) {
            sb.append(" (merges what it read)");
        }
        if (w.blind()) {
            sb.append(" blind");
        }
        sb.append(where(at, cluster));
        // "ts": the LWW timestamp (skew included), never to be read as the time axis's t=
        sb.append(mode == Mode.LWW ? " with LWW ts " + s.timestamp().time() : " with clock " + s.clock());
        describe(sb, events, told);
        return sb.toString();
    }

    private static String arrival(Transmission t, List<StoreEvent<String>> events, Told told) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.to())
                .append(" receives gossip from ")
                .append(t.from())
                .append(" (")
                .append(t.values())
                .append(t.values() == 1 ? " value)" : " values)");
        int added = 0;
        for (StoreEvent<String> e : events) {
            if (e instanceof StoreEvent.SiblingAdded<String> a) {
                added++;
                sb.append(added == 1 ? ": learns " : ", ")
                        .append(a.key())
                        .append('=')
                        .append(a.sibling().value());
            }
        }
        if (added == 0 && events.stream().noneMatch(e -> e instanceof StoreEvent.Lost)) {
            sb.append(": nothing new.");
            return sb.toString();
        }
        describe(sb, events, told);
        return sb.toString();
    }

    /** How much a sentence tells: values named in each list, and how a loss is told. */
    private record Told(int shown, Losses losses) {}

    /** Appends what the events did: values replaced, silent losses, conflicts. */
    private static void describe(StringBuilder sb, List<StoreEvent<String>> events, Told told) {
        int shown = told.shown();
        List<String> superseded = new ArrayList<>();
        List<Loss<String>> losses = new ArrayList<>();
        List<StoreEvent.ConflictDetected<String>> conflicts = new ArrayList<>();
        for (StoreEvent<String> e : events) {
            if (e instanceof StoreEvent.Superseded<String> sup) {
                superseded.add(sup.removed().value());
            } else if (e instanceof StoreEvent.Lost<String> l) {
                losses.add(l.loss());
            } else if (e instanceof StoreEvent.ConflictDetected<String> c) {
                conflicts.removeIf(x -> x.key().equals(c.key()));
                conflicts.add(c);
            }
        }
        if (!superseded.isEmpty()) {
            sb.append(", replacing ")
                    .append(listed(superseded, shown))
                    .append(" (it had seen ")
                    .append(superseded.size() == 1 ? "it" : "them")
                    .append(')');
        }
        sb.append('.');
        for (Loss<String> l : losses) {
            sb.append(" LOST: ")
                    .append(told.losses() == Losses.EXPLAINED ? l.explain() : l.lostWrite())
                    .append('.');
        }
        for (StoreEvent.ConflictDetected<String> c : conflicts) {
            List<String> values = new ArrayList<>();
            c.siblings().forEach(x -> values.add(x.value()));
            sb.append(" Conflict on ")
                    .append(c.key())
                    .append(": ")
                    .append(c.siblings().size())
                    .append(" siblings kept (")
                    .append(listed(values, shown))
                    .append("), nothing lost.");
        }
    }
}

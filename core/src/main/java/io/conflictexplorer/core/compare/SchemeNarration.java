package io.conflictexplorer.core.compare;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.Objects;

/**
 * A step of any scheme's trace in words, and the rule of that scheme that decided it: the
 * {@link Narration} sentence (who did what where, what was replaced, lost or kept), then one sentence
 * naming the rule ({@code Rule of dvv: a write drops exactly the values whose dots its context knows
 * and takes A's next dot.}). A pure function of the trace and the step, so that panels of several
 * schemes shown side by side each say why their scheme did what it did.
 *
 * <p>Each rule is the sentence {@code docs/concepts/clock-schemes.md} and the scheme's class give
 * it: a write, a read and a gossip arrival each have their own, and a data loss says what the
 * restart does to that scheme's clocks.
 */
public final class SchemeNarration {

    private SchemeNarration() {}

    /** The step's sentence, then the rule of {@code trace}'s scheme that decided it. */
    public static String of(Trace trace, Step step) {
        return Narration.of(trace, step) + " " + rule(trace, step);
    }

    /** As {@link #of(Trace, Step)}, each list of siblings folded to its first {@code shown} ({@link Narration#listed}). */
    public static String of(Trace trace, Step step, int shown) {
        return Narration.of(step, trace.mode(), !trace.scenario().topology().isSingle(), shown) + " "
                + rule(trace, step);
    }

    /**
     * Why {@code scheme}'s trace has no step for {@code step} of another scheme's trace (a
     * {@link Comparison} row it lacks): a replica gossips only when it has something new, and the
     * schemes store different things.
     */
    public static String absent(Scheme scheme, Step step) {
        if (step instanceof Step.Arrival a) {
            return "Under " + scheme.wireName() + " no gossip from "
                    + a.message().from() + " reaches "
                    + a.message().to() + " here: " + a.message().from()
                    + " had nothing new for it since its last message.";
        }
        return "Under " + scheme.wireName() + " this did not happen.";
    }

    /** {@code Rule of <scheme>: ...}: the one rule of {@code trace}'s scheme that decided {@code step}. */
    public static String rule(Trace trace, Step step) {
        Objects.requireNonNull(step, "step");
        Scheme scheme = trace.scheme();
        String text;
        if (step instanceof Step.Write w) {
            text = write(scheme, w.operation().client(), w.replica(), trace);
        } else if (step instanceof Step.Read) {
            text = read(scheme);
        } else if (step instanceof Step.Arrival) {
            text = arrival(scheme, trace.scenario().topology().scheme());
        } else {
            text = restart(scheme, ((Step.DataLoss) step).event().newActor(), step.replica());
        }
        return "Rule of " + scheme.wireName() + ": " + text;
    }

    private static String write(Scheme scheme, String client, String replica, Trace trace) {
        String pruned = trace.scenario().topology().pruning() != null && scheme != Scheme.LWW && scheme != Scheme.DVV
                ? " The new clock is then pruned ("
                        + trace.scenario().topology().pruning() + "): its oldest entries go."
                : "";
        return switch (scheme) {
            case LWW ->
                "the write gets a timestamp from " + replica
                        + "'s clock, and the greatest timestamp stays: every other value goes, seen or not.";
            case CLIENT_VV ->
                "the write's clock is its context with " + client
                        + "'s counter one higher; a stored value goes only when that clock strictly descends its clock,"
                        + " the rest stay as siblings." + pruned;
            case SERVER_VV ->
                "the write's clock is its context with " + replica
                        + "'s counter one higher; every stored value whose clock it strictly descends goes, even one"
                        + " its writer never saw (two writes from one context get equal clocks)." + pruned;
            case SERVER_VV_MERGED ->
                "a write whose context descends the key's one clock replaces every sibling, any"
                        + " other write joins them; the key's clock takes " + replica + "'s counter one higher."
                        + pruned;
            case DVV ->
                "a write drops exactly the values whose dots its context knows and takes " + replica + "'s next dot.";
        };
    }

    private static String read(Scheme scheme) {
        return switch (scheme) {
            case LWW -> "a read returns the one value with the greatest timestamp.";
            case CLIENT_VV, SERVER_VV ->
                "a read returns every sibling, and the merge of their clocks as the context"
                        + " of the client's next write.";
            case SERVER_VV_MERGED ->
                "a read returns every sibling, and the key's one clock as the context of the" + " client's next write.";
            case DVV ->
                "a read returns the values, and the set's join (its version vector) as the context of the"
                        + " client's next write.";
        };
    }

    private static String arrival(Scheme scheme, ClockScheme identity) {
        return switch (scheme) {
            case LWW -> "per key, the value with the greater timestamp stays.";
            case CLIENT_VV ->
                identity == ClockScheme.CLIENT_COUNTERS
                        ? "a value stays unless the other side's clock strictly descends it; an incoming value with"
                                + " a clock equal to a stored one is taken for it (client counters)."
                        : "a value stays unless the other side's clock strictly descends it; a write is told apart"
                                + " by its dot.";
            case SERVER_VV ->
                "a value stays unless a value of the other side has a clock that strictly descends" + " its clock.";
            case SERVER_VV_MERGED ->
                "the side whose clock descends the other's wins; otherwise both sides' siblings"
                        + " stay under the merged clock.";
            case DVV ->
                "sync keeps every event either side knows, and every value the other side holds or has not" + " seen.";
        };
    }

    private static String restart(Scheme scheme, boolean newActor, String replica) {
        if (scheme == Scheme.LWW) {
            return "timestamps come from " + replica + "'s clock, which a restart does not set back.";
        }
        if (!scheme.serverKeyed()) {
            return "clock entries name clients, not replicas, so a replica's restart reuses no event.";
        }
        return newActor
                ? replica + " writes under a new actor id, so its next events are new to every replica."
                : replica + " counts its events from 1 again under its old id, so its next events may be ones"
                        + " other replicas have already seen.";
    }
}

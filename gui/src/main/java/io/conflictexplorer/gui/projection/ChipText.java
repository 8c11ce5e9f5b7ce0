package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.sim.WriteValue;
import java.util.List;

/**
 * The words on a chip and in its tooltip, from its {@link DiagramModel.Chip} alone (no JavaFX, so
 * they can be tested without a window).
 *
 * <p>A write shows {@code write key=value}, its VV clock and its LWW timestamp; when the two modes
 * wrote different values (a derived value), the title names the rule ({@code cart: merge}) and each
 * mode's line carries the value that mode wrote ({@code VV ... {clock}}, {@code LWW ... ts 14}: "ts" is the LWW timestamp, "t=" only ever the time axis). A
 * read shows what it got, both modes' answers when they differ ({@code LWW b · VV a | b}). The dot
 * follows the clock where it decides the write's identity. A cluster's compact chip drops the word
 * "write" (its colour says it), so the value fits on its one title line.
 *
 * <p>Split (Presenter's taller lanes), a line of two parts is two lines, so the chip is as wide as
 * the longer part, not both: a read's two answers ({@code LWW b}, then {@code VV a | b}), a derived
 * value and its clock ({@code VV milk eggs}, then {@code {c1: 2}}), a cluster write's timestamp and
 * its missing context ({@code LWW ts 5}, then {@code no context}; the replica's tag before both). A
 * chip then has four lines at most; a split line holds a line break.
 *
 * @param clockWraps false when the clock line must stay one line to leave the title its room
 */
public record ChipText(String title, String clock, String stamp, String tooltip, boolean clockWraps) {

    public static ChipText of(DiagramModel.Chip c, boolean compact) {
        return of(c, compact, false, true);
    }

    /** The chip's words, a line of two parts on two lines when {@code split}. */
    public static ChipText of(DiagramModel.Chip c, boolean compact, boolean split) {
        return of(c, compact, split, true);
    }

    /** The lines on the chip only (no tooltip, which is long to build): what its width depends on. */
    public static ChipText lines(DiagramModel.Chip c, boolean compact, boolean split) {
        return of(c, compact, split, false);
    }

    /**
     * True when a chip with outcome {@code o} (sent to {@code replica}, null for a single store,
     * carrying no context or not) has a line of two parts, which a split chip puts on two lines.
     */
    public static boolean splits(DiagramModel.Outcome o, String replica, boolean noContext) {
        return o instanceof DiagramModel.Outcome.ReadBack r && r.modesDiffer()
                || o instanceof DiagramModel.Outcome.Written w && (w.modesDiffer() || replica != null && noContext);
    }

    private static ChipText of(DiagramModel.Chip c, boolean compact, boolean split, boolean withTooltip) {
        String title;
        String clock;
        String stamp;
        String detail;
        boolean wraps = true;
        if (c.outcome() instanceof DiagramModel.Outcome.Written w) {
            String prefix = compact ? "" : "write ";
            String dot = c.has(DiagramModel.ChipFlag.DOT_DECIDES) ? " dot " + w.dot() : "";
            String blind = c.blind() ? "  blind" : c.noContext() ? "  no context" : "";
            if (w.modesDiffer()) { // only a derived value differs
                title = prefix + c.key() + ": " + w.rule().text();
                clock = "VV " + w.value() + (split ? "\n" : " ") + w.clock() + dot;
                stamp = "LWW " + w.lwwValue() + " ts " + w.lwwTimestamp() + blind;
                wraps = false;
            } else {
                title = prefix + c.key() + "=" + w.value();
                clock = w.clock() + dot;
                // beside a replica's tag the flag is a line of its own (the line's second part)
                stamp = "LWW ts " + w.lwwTimestamp()
                        + (split && c.replica() != null && !blind.isEmpty() ? "\n" + blind.strip() : blind);
            }
            detail = withTooltip ? describe(c, w) : "";
        } else if (c.outcome() instanceof DiagramModel.Outcome.Unrevealed u) {
            // predict, then reveal: what the scenario says, a question mark for what the stores make of it
            title = c.write()
                    ? (compact ? "" : "write ")
                            + c.key()
                            + (u.rule() instanceof WriteValue.Literal ? "=" : ": ")
                            + u.rule().text()
                    : "read " + c.key();
            clock = c.write() ? "?" : "got ?";
            stamp = c.write() ? "LWW ts ?" : "";
            detail = "Not revealed yet: predict what the stores make of it.";
        } else {
            DiagramModel.Outcome.ReadBack r = (DiagramModel.Outcome.ReadBack) c.outcome();
            title = "read " + c.key();
            clock = r.modesDiffer()
                    ? "LWW " + got(r.lwwGot()) + (split ? "\n" : " \u00b7 ") + "VV " + got(r.got())
                    : r.got().isEmpty() ? "got nothing" : "got " + got(r.got());
            wraps = !r.modesDiffer(); // both answers on one line: the chip is made as wide (ChipLayout)
            stamp = r.context().isEmpty() ? "" : "ctx " + r.context();
            detail = "VV got " + got(r.got()) + (stamp.isEmpty() ? "" : ", " + stamp) + "\nLWW got " + got(r.lwwGot());
        }
        if (!withTooltip) {
            return new ChipText(title, clock, stamp, "", wraps);
        }
        // named as the teacher sees it, never by its internal id; t= is always the time axis
        String tooltip = c.client() + "'s " + (c.write() ? "write" : "read") + " of " + c.key() + " at t=" + c.time()
                + (c.replica() != null ? " on " + c.replica() : "")
                + "\n" + detail
                + (c.lostInLww() ? "\nLOST under LWW" : "")
                + "\nDrag to move it in time; double-click to edit"
                + (c.write() ? " (key=value; key=+item adds an item to what was read; key=merge merges it)." : ".");
        return new ChipText(title, clock, stamp, tooltip, wraps);
    }

    /** The values a read returned, siblings separated by a bar; "nothing" when none. */
    private static String got(List<String> values) {
        return values.isEmpty() ? "nothing" : String.join(" | ", values);
    }

    /** A write's tooltip lines: what the scenario says it writes, what each mode wrote, its dot. */
    private static String describe(DiagramModel.Chip c, DiagramModel.Outcome.Written w) {
        String what;
        if (w.rule() instanceof WriteValue.AddItem a) {
            what = "adds " + a.item() + " to the " + c.key() + " " + c.client() + " last read or wrote";
        } else if (w.rule() instanceof WriteValue.MergeRead) {
            what = "merges the " + c.key() + " values " + c.client() + " last read";
        } else {
            what = "writes " + c.key() + "=" + w.value();
        }
        String dot = "";
        if (c.has(DiagramModel.ChipFlag.DOT_DECIDES)) {
            dot = "\ndot " + w.dot() + ": which write this is, when replicas compare their values";
        } else if (c.replica() != null) {
            dot = "\ndot " + w.dot() + ", unused: client counters take the clock for the write's identity";
        }
        return what + "\nVV wrote " + c.key() + "=" + w.value() + ", clock " + w.clock() + "\nLWW wrote " + c.key()
                + "=" + w.lwwValue() + ", timestamp " + w.lwwTimestamp() + dot;
    }
}

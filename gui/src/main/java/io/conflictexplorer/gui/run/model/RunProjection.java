package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunIndex;
import io.conflictexplorer.check.run.RunMarker;
import io.conflictexplorer.check.run.RunSource;
import io.conflictexplorer.check.transcript.LineProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An opened run ({@link RunSession}) projected into what the run window shows, as view-model
 * values: the chips and lanes ({@link RunTimeline}), the list of divergences ({@link
 * DivergenceEntry}), the marks on the time axis ({@link ModeMark}), the status line, the lines that
 * were skipped, and on demand the {@link ChipDetails} of one chip. Pure: the same session always
 * gives equal values, so it is tested without a window; no JavaFX. Made once per opened run, on
 * the thread that opens it; the details of a chip are made when it is selected (a run has tens of
 * thousands of chips).
 *
 * <p>With {@link RunSession}, the only class of the run window that reads the check's types
 * ({@code core.run}): the views see only what this class says.
 */
public final class RunProjection {

    private final RunSession session;
    private final RunTimeline timeline;
    private final List<DivergenceEntry> divergences;
    private final Map<Integer, DivergenceEntry> firstEntryOfChip = new HashMap<>();
    private final List<ModeMark> modeMarks;
    private final SkippedLines skipped;
    private final String summary;

    private RunProjection(RunSession session) {
        this.session = session;
        OpenedRun run = session.run();
        this.timeline = RunTimeline.of(session.simulation(), session.divergentOperations());
        List<DivergenceEntry> entries = new ArrayList<>();
        for (Divergence d : session.divergences()) {
            int chip = d.operationId() == null ? -1 : timeline.chipOf(d.operationId());
            DivergenceEntry e = new DivergenceEntry("line " + d.requestLine() + ": " + d.sentence(), chip, details(d));
            entries.add(e);
            if (chip >= 0) {
                firstEntryOfChip.putIfAbsent(chip, e);
            }
        }
        this.divergences = List.copyOf(entries);
        List<ModeMark> marks = new ArrayList<>();
        for (RunMarker m : run.markers()) {
            marks.add(new ModeMark(
                    m.time(), m instanceof RunMarker.ModeChange c ? c.mode().wireName() : ""));
        }
        this.modeMarks = List.copyOf(marks);
        this.skipped = skipped(run.problems());
        this.summary = summarize();
    }

    /** Projects {@code session}: lays out its chips and words its divergences. */
    public static RunProjection of(RunSession session) {
        return new RunProjection(session);
    }

    /** The session projected (its scenario is what "Edit as scenario" takes to the main window). */
    public RunSession session() {
        return session;
    }

    /** The chips, lanes, keys and gossip, in flat arrays. */
    public RunTimeline timeline() {
        return timeline;
    }

    /** The run's window title. */
    public String windowTitle() {
        String title = session.run().title();
        return "Run: " + (title.isEmpty() ? "opened run" : title) + " - Conflict Explorer";
    }

    /** One line about the run: what it holds and, with replies, whether the node agrees. */
    public String summary() {
        return summary;
    }

    /** The divergences of meaning, first first, as the list shows them. */
    public List<DivergenceEntry> divergences() {
        return divergences;
    }

    /** The first entry of {@link #divergences()} about {@code chip}, if any. */
    public Optional<DivergenceEntry> divergenceOf(int chip) {
        return Optional.ofNullable(firstEntryOfChip.get(chip));
    }

    /** The marks on the time axis (a set_mode), in the run's order. */
    public List<ModeMark> modeMarks() {
        return modeMarks;
    }

    /** The lines that could not be taken, if any. */
    public Optional<SkippedLines> skipped() {
        return Optional.ofNullable(skipped);
    }

    /** True when the run is small enough to edit as a scenario. */
    public boolean editable() {
        return session.editable();
    }

    /** What "Edit as scenario" does, or why it cannot. */
    public String editNote() {
        return editable()
                ? "Take this run into the main window as a scenario, to edit it as a preset"
                : "Read-only: " + timeline.size() + " operations, above the edit limit of " + RunSession.EDIT_LIMIT;
    }

    /** The details of {@code chip}; {@link ChipDetails#NONE} for -1 (or no such chip). */
    public ChipDetails details(int chip) {
        RunTimeline t = timeline;
        if (chip < 0 || chip >= t.size()) {
            return ChipDetails.NONE;
        }
        String id = t.id(chip);
        String title = t.client(chip) + (t.isWrite(chip) ? " writes " : " reads ") + t.key(chip) + " at t="
                + t.time(chip) + " (operation " + id + ")";
        RunSource src = session.run().index().source(id);
        String source = src == null ? "" : src.file() + " line " + src.line() + ":  " + src.text();
        List<String> sentences =
                session.divergencesOf(id).stream().map(Divergence::sentence).toList();
        return new ChipDetails(
                title,
                source,
                sentences,
                "LWW: " + OutcomeText.of(session.simulation().lww(), id),
                "VV: " + OutcomeText.of(session.simulation().vv(), id));
    }

    /**
     * The chips of the operations asked for with {@code msgId} ({@code 7}; a string id with or
     * without its quotes), in the order of the run's index; -1 for one that has no chip.
     */
    public List<Integer> chipsWithMsgId(String msgId) {
        RunIndex index = session.run().index();
        List<String> ids = index.operationsWithMsgId(msgId);
        if (ids.isEmpty() && !msgId.startsWith("\"")) {
            ids = index.operationsWithMsgId("\"" + msgId + "\"");
        }
        List<Integer> chips = new ArrayList<>(ids.size());
        for (String id : ids) {
            chips.add(timeline.chipOf(id));
        }
        return chips;
    }

    /** The first chip (in time order) asked for at {@code line} of any of the run's files, or -1. */
    public int chipAtLine(int line) {
        RunIndex index = session.run().index();
        for (int chip = 0; chip < timeline.size(); chip++) {
            RunSource src = index.source(timeline.id(chip));
            if (src != null && src.line() == line) {
                return chip;
            }
        }
        return -1;
    }

    /**
     * The details of a divergence that belongs to no chip (a reply to no request, an error to a
     * request that is no read or write): its lines and its sentence.
     */
    private static ChipDetails details(Divergence d) {
        return new ChipDetails(
                "Line " + d.requestLine() + " of the case"
                        + (d.replyLine() > 0 ? ", line " + d.replyLine() + " of the replies" : "")
                        + ": no operation on the diagram",
                "",
                List.of(d.sentence()),
                "",
                "");
    }

    private static SkippedLines skipped(List<LineProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (LineProblem p : problems) {
            text.append(p.file()).append(" line ").append(p.line()).append(": ").append(p.why());
            if (!p.text().isEmpty()) {
                text.append("\n    ").append(p.text());
            }
            text.append('\n');
        }
        int n = problems.size();
        return new SkippedLines(
                n,
                n + " line" + (n == 1 ? " was" : "s were") + " not taken; the readable lines are open",
                text.toString());
    }

    private String summarize() {
        RunTimeline t = timeline;
        OpenedRun run = session.run();
        List<Divergence> shown = session.divergences();
        String verdict = !run.hasReplies()
                ? "no replies compared"
                : shown.isEmpty()
                        ? "the node's replies agree with the rules"
                        : shown.size() + " divergence" + (shown.size() == 1 ? "" : "s");
        int format = run.formatDivergences().size();
        return plural(t.size(), "operation") + ", " + plural(t.clientLanes(), "client") + ", "
                + plural(t.keys().size(), "key") + "; " + verdict
                + (format > 0 ? "; " + plural(format, "format difference") : "")
                + "; " + plural(t.count(Mark.LOSS), "LWW loss") + ", " + plural(t.count(Mark.CONFLICT), "conflict")
                + (editable()
                        ? ""
                        : "; read-only (above the edit limit of "
                                + String.format(Locale.ROOT, "%,d", RunSession.EDIT_LIMIT) + " operations)")
                + (run.problems().isEmpty() ? "" : "; " + plural(run.problems().size(), "line") + " skipped");
    }

    private static String plural(int n, String word) {
        return String.format(Locale.ROOT, "%,d ", n) + word + (n == 1 ? "" : word.endsWith("s") ? "es" : "s");
    }
}

package io.conflictexplorer.gui.nodetest.model;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.compare.ReplyBody;
import io.conflictexplorer.check.drive.FinalRead;
import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.OperationReply;
import io.conflictexplorer.check.drive.RunEnd;
import io.conflictexplorer.check.drive.Verdict;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.projection.OperationNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A node's test on a scenario ({@link NodeTestResult}) projected into what the window shows, pure:
 * a mark per operation ({@link #marks()}), the divergences in the order the bar steps through them
 * ({@link #divergences()}), and the "your node" panel at a time cursor ({@link #panel(int)}).
 *
 * <p>The time cursor counts the scenario's applied steps, as the main window's does (VV's trace,
 * which has a step for every operation): the cursor of an operation is its step's index plus one,
 * so moving the cursor there shows the step that sent it. The run's own final reads of every key
 * come after every operation: their cursor is the end.
 */
public final class NodeTestProjection {

    private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\]*\"");

    private final NodeTestResult result;
    private final Map<String, Integer> cursorOf = new HashMap<>();
    private final int steps;
    /** The operation each cursor shows (the step's), or null: an arrival of gossip, or before the first. */
    private final Map<Integer, String> atCursor = new HashMap<>();

    private NodeTestProjection(NodeTestResult result, Trace vv) {
        this.result = result;
        this.steps = vv.size();
        for (Step s : vv.steps()) {
            if (s instanceof Step.OfOperation op) {
                cursorOf.put(op.operation().id(), s.index() + 1);
                atCursor.put(s.index() + 1, op.operation().id());
            }
        }
    }

    /** Projects {@code result}, running its scenario through core's simulator for the steps. */
    public static NodeTestProjection of(NodeTestResult result) {
        return new NodeTestProjection(result, Simulator.run(result.scenario(), Mode.VV));
    }

    public NodeTestResult result() {
        return result;
    }

    public Scenario scenario() {
        return result.scenario();
    }

    /** How many steps the scenario's run has: the cursor's end. */
    public int steps() {
        return steps;
    }

    /** The cursor that shows operation {@code id}'s step, or the end when it has none. */
    public int cursorOf(String operationId) {
        return operationId == null ? steps : cursorOf.getOrDefault(operationId, steps);
    }

    /** One mark per operation that was sent in any mode, by operation id; none when the node never started. */
    public Map<String, OperationMark> marks() {
        Map<String, OperationMark> out = new LinkedHashMap<>();
        if (result.verdict() == Verdict.NOT_STARTED) {
            return out;
        }
        for (Operation op : result.scenario().operations()) {
            Agreement worst = Agreement.AGREES;
            List<String> notes = new ArrayList<>();
            for (ModeResult m : result.modes()) {
                OperationReply r = reply(m, op.id());
                Agreement a = agreement(r);
                worst = worse(worst, a);
                notes.add("your node, " + m.mode().wireName() + ": " + note(r, a));
            }
            out.put(op.id(), new OperationMark(op.id(), worst, String.join("\n", notes)));
        }
        return out;
    }

    /**
     * Every divergence of meaning, {@code lww}'s then {@code vv}'s, each in its run's order; a run
     * the node broke off (crash, hang, garbage) by its failure's sentence, at the first operation
     * it left unanswered, instead of the missing replies that follow from it.
     */
    public List<DivergenceLine> divergences() {
        List<DivergenceLine> out = new ArrayList<>();
        for (ModeResult m : result.modes()) {
            String mode = m.mode().wireName();
            if (m.end() instanceof RunEnd.NotStarted) {
                out.add(new DivergenceLine(mode, m.end().sentence(), null, DivergenceLine.NO_STEP));
                continue;
            }
            for (Divergence d : m.semanticDivergences()) {
                boolean causedByTheEnd = m.end().nodeFailed()
                        && (d.kind() == DivergenceKind.MISSING_REPLY || d.kind() == DivergenceKind.UNEXPECTED_REPLY);
                if (!causedByTheEnd) {
                    out.add(new DivergenceLine(mode, d.sentence(), d.operationId(), cursorOf(d.operationId())));
                }
            }
            if (m.end().nodeFailed()) {
                String waited = firstUnanswered(m);
                out.add(new DivergenceLine(mode, m.end().sentence(), waited, cursorOf(waited)));
            }
        }
        return out;
    }

    /** The "your node" panel with the time cursor at {@code cursor}. */
    public NodePanel panel(int cursor) {
        List<NodePanel.Column> columns = new ArrayList<>();
        for (ModeResult m : result.modes()) {
            if (m.end() instanceof RunEnd.NotStarted) {
                continue;
            }
            columns.add(column(m, cursor));
        }
        List<String> stderr = new ArrayList<>();
        for (ModeResult m : result.modes()) {
            if (!m.stderr().isBlank()) {
                stderr.add(m.mode().wireName() + " run:\n" + m.stderr().strip());
            }
        }
        return new NodePanel(verdict(), scope(), columns, String.join("\n\n", stderr));
    }

    private NodePanel.Column column(ModeResult m, int cursor) {
        String mode = m.mode().wireName();
        NodePanel.Reply here = null;
        String id = atCursor.get(cursor);
        if (id != null) {
            Operation op = result.scenario().operation(id);
            OperationReply r = reply(m, id);
            Agreement a = agreement(r);
            here = new NodePanel.Reply(
                    OperationNames.name(op),
                    r == null || r.answer() == null ? "no reply" : answer(r.answer()),
                    a,
                    a == Agreement.DIFFERS ? firstSentence(r.divergences()) : "");
        }
        List<NodePanel.Holding> keys = new ArrayList<>();
        for (String key : keys()) {
            keys.add(holding(m, key, cursor));
        }
        return new NodePanel.Column(mode, modeVerdict(m), m.agrees(), here, keys);
    }

    /** What the last read of {@code key} up to {@code cursor} said; at the end, the run's final read. */
    private NodePanel.Holding holding(ModeResult m, String key, int cursor) {
        if (cursor >= steps) {
            for (FinalRead f : m.finalReads()) {
                if (f.key().equals(key) && f.answer() instanceof ReplyBody.VvValues v) {
                    return new NodePanel.Holding(
                            key,
                            values(v),
                            v.conflict(),
                            "the final read",
                            f.agrees() ? Agreement.AGREES : Agreement.DIFFERS);
                }
            }
        }
        OperationReply last = null;
        for (OperationReply r : m.operations()) {
            Operation op = result.scenario().operation(r.operationId());
            if (op instanceof Operation.Read
                    && op.key().equals(key)
                    && cursorOf(r.operationId()) <= cursor
                    && r.answer() instanceof ReplyBody.VvValues) {
                last = r;
            }
        }
        if (last == null) {
            return new NodePanel.Holding(key, "not read yet", false, "", Agreement.AGREES);
        }
        ReplyBody.VvValues v = (ReplyBody.VvValues) last.answer();
        Operation op = result.scenario().operation(last.operationId());
        return new NodePanel.Holding(
                key,
                values(v),
                v.conflict(),
                op.client() + "'s read at step " + cursorOf(last.operationId()),
                agreement(last));
    }

    private String verdict() {
        return switch (result.verdict()) {
            case AGREES -> "Your node agrees with the rules in both modes";
            case NOT_STARTED -> result.modes().get(0).end().sentence();
            case DIVERGES -> {
                int n = divergences().size();
                yield "Your node differs from the rules: " + n + (n == 1 ? " divergence" : " divergences");
            }
        };
    }

    private String scope() {
        List<String> lines = new ArrayList<>();
        if (!result.scope().notTested().isEmpty()) {
            lines.add("Not tested: " + String.join("; ", result.scope().notTested()) + ".");
        }
        for (String note : result.scope().notes()) {
            lines.add("Note: " + note + ".");
        }
        return String.join("\n", lines);
    }

    private static String modeVerdict(ModeResult m) {
        if (m.agrees()) {
            return "agrees with the rules";
        }
        if (m.end().nodeFailed()) {
            return m.end().sentence();
        }
        int n = m.semanticDivergences().size();
        return n == 1 ? "1 reply differs from the rules" : n + " replies differ from the rules";
    }

    /** The scenario's keys in the order they first appear. */
    private Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        result.scenario().operations().stream()
                .sorted((a, b) -> Long.compare(a.time(), b.time()))
                .forEach(op -> keys.add(op.key()));
        return keys;
    }

    private static OperationReply reply(ModeResult m, String id) {
        for (OperationReply r : m.operations()) {
            if (r.operationId().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static String firstUnanswered(ModeResult m) {
        for (OperationReply r : m.operations()) {
            if (r.answer() == null) {
                return r.operationId();
            }
        }
        return null;
    }

    private static Agreement agreement(OperationReply r) {
        if (r == null || r.answer() == null) {
            return Agreement.UNANSWERED;
        }
        return r.agrees() ? Agreement.AGREES : Agreement.DIFFERS;
    }

    private static Agreement worse(Agreement a, Agreement b) {
        if (a == Agreement.DIFFERS || b == Agreement.DIFFERS) {
            return Agreement.DIFFERS;
        }
        return a == Agreement.UNANSWERED || b == Agreement.UNANSWERED ? Agreement.UNANSWERED : Agreement.AGREES;
    }

    private static String note(OperationReply r, Agreement a) {
        return switch (a) {
            case UNANSWERED -> r == null ? "not sent (the run stopped before it)" : "no reply";
            case AGREES -> answer(r.answer()) + ", as the rules say";
            case DIFFERS -> firstSentence(r.divergences());
        };
    }

    private static String firstSentence(List<Divergence> ds) {
        for (Divergence d : ds) {
            if (d.kind().semantic()) {
                return d.sentence();
            }
        }
        return "";
    }

    /** A reply's meaning in words: {@code a {c1: 1}, b {c2: 1}, conflict}, {@code vc {c1: 2}}. */
    static String answer(ReplyBody body) {
        if (body instanceof ReplyBody.VvValues v) {
            return values(v) + (v.conflict() ? ", conflict" : "");
        }
        if (body instanceof ReplyBody.VvWritten w) {
            return "vc " + w.vc();
        }
        if (body instanceof ReplyBody.Refused e) {
            return "error " + e.code() + (e.text() == null || e.text().isEmpty() ? "" : ": " + e.text());
        }
        if (body instanceof ReplyBody.Unreadable u) {
            return "an unreadable " + u.type() + ": " + u.why();
        }
        return body.type();
    }

    static String values(ReplyBody.VvValues v) {
        if (v.values().isEmpty()) {
            return "nothing";
        }
        List<String> out = new ArrayList<>();
        for (ReplyBody.ReadValue r : v.values()) {
            String value = PLAIN_STRING.matcher(r.value()).matches()
                    ? r.value().substring(1, r.value().length() - 1)
                    : r.value();
            out.add(value + " " + r.vc());
        }
        return String.join(", ", out);
    }
}

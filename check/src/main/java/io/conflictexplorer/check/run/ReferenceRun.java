package io.conflictexplorer.check.run;

import io.conflictexplorer.check.transcript.TranscriptFile;
import io.conflictexplorer.check.transcript.TranscriptFile.Line;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.node.Node;
import io.conflictexplorer.node.ReferenceNode;
import io.conflictexplorer.node.wire.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * Core's rules applied to a case: this project's own node (which holds no rule of its own, only
 * core's {@code Store}) run in-process on every line of the case, as the node under test was run,
 * with its gossip timer off. What it printed for each line is the reply the rules give.
 *
 * <p>Time: a {@code write} is stamped with the time the node under test gave it when that is known
 * (its {@code write_ok}'s {@code ts}), so that a later {@code kv_read} can be compared with its
 * {@code ts}; otherwise the clock stands still and the store's rule (strictly increasing stamps)
 * makes each stamp one microsecond later than the last, so the run is deterministic.
 *
 * <p>{@link #feed(String, long)} hands it single lines as a client would send them (a grader case
 * written from a scenario, {@code check.drive}).
 */
public final class ReferenceRun {

    /** 2023-11-14 22:13:20 UTC in microseconds: the clock of a run that knows no time. */
    static final long START_MICROS = 1_700_000_000_000_000L;

    private final Replay clock = new Replay();
    private final Capture out = new Capture();
    private final Node node = ReferenceNode.create(out, clock);

    /** A reference node that has seen no line yet, its clock at {@link #START_MICROS}. */
    public ReferenceRun() {}

    /**
     * Feeds one line (a message, without its line break) as line {@code number} of the input, and
     * returns the lines the node printed for it, as it printed them.
     */
    public List<String> feed(String line, long number) {
        out.current = new ArrayList<>(1);
        node.handleLine(line, number);
        return out.current;
    }

    /**
     * Feeds the next line of the case, stamped (if a write) at {@code micros} when not null, and
     * returns the lines the node printed for it.
     */
    List<String> feed(TranscriptFile kase, Line line, Long micros) {
        if (micros != null) {
            clock.now = micros;
        }
        out.current = new ArrayList<>(1);
        if (line.problem() != null) {
            node.refuseLine(kase.text(line), line.problem(), line.number()); // as Main refuses it
        } else {
            node.handleLine(kase.bytes(), line.off(), line.len(), line.number());
        }
        return out.current;
    }

    /** A clock that says what it is told. */
    private static final class Replay implements TimeSource {
        private long now = START_MICROS;

        @Override
        public long now() {
            return now;
        }
    }

    /** The lines the node prints for the line being fed. */
    private static final class Capture implements Output {
        private List<String> current = new ArrayList<>();

        @Override
        public void line(CharSequence line) {
            current.add(line.toString());
        }
    }
}

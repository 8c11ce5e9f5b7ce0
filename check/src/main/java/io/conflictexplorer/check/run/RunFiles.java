package io.conflictexplorer.check.run;

import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.check.transcript.TranscriptFile;
import io.conflictexplorer.check.transcript.TranscriptFile.Line;
import io.conflictexplorer.node.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens transcripts as a run. Files are told apart by their content, not their names: a case's
 * requests (a {@code .in}: messages to a node), a node's replies (its stdout: mostly messages with
 * {@code in_reply_to}), or {@code NODE_TRACE} files (lines {@code {"time_us", "dir", "msg"}}, one
 * file per node; several make a cluster).
 *
 * <p>Rules: the kind of a file is what most of its first {@value #SNIFF} readable lines are. A case
 * opens alone or with one node's replies to it (then they are compared with core's rules); traces
 * open together, without a case. A file above {@link #MAX_BYTES}, a file that cannot be read, a
 * file with no readable line, or a combination that is none of these is refused with a
 * {@link RunFileException} that says so; a file's unreadable lines are only listed
 * ({@link OpenedRun#problems()}) and its readable lines still open.
 */
public final class RunFiles {

    /** The largest file opened, 64 MiB: a 100,000-line transcript is about 10 MiB. */
    public static final long MAX_BYTES = TranscriptFile.MAX_BYTES;

    /** How many readable lines decide a file's kind. */
    static final int SNIFF = 100;

    /** What a file holds. */
    enum Kind {
        CASE,
        REPLIES,
        TRACE
    }

    private RunFiles() {}

    /**
     * Opens {@code files} as one run: a case alone, a case and a node's replies (compared with the
     * rules), or the traces of one or more nodes.
     *
     * @throws RunFileException when a file cannot be read or is above {@link #MAX_BYTES}, or when
     *     nothing in the files can be opened
     */
    public static OpenedRun open(List<Path> files) throws RunFileException {
        if (files.isEmpty()) {
            throw new RunFileException("no file to open");
        }
        List<TranscriptFile> read = new ArrayList<>();
        for (Path f : files) {
            read.add(TranscriptFile.read(f));
        }
        return openRead(read);
    }

    /** Opens files already read (the launcher reads a node's stdout from the process). */
    static OpenedRun openRead(List<TranscriptFile> files) throws RunFileException {
        TranscriptFile kase = null;
        TranscriptFile replies = null;
        List<TranscriptFile> traces = new ArrayList<>();
        for (TranscriptFile f : files) {
            switch (kind(f)) {
                case TRACE -> traces.add(f);
                case REPLIES -> {
                    if (replies != null) {
                        throw new RunFileException(replies.name() + " and " + f.name()
                                + " both hold a node's replies; open one case with one node's replies");
                    }
                    replies = f;
                }
                case CASE -> {
                    if (kase != null) {
                        throw new RunFileException(
                                kase.name() + " and " + f.name() + " are both test cases; open one case at a time");
                    }
                    kase = f;
                }
            }
        }
        if (!traces.isEmpty()) {
            if (kase != null || replies != null) {
                throw new RunFileException("node traces open together, without a case or replies: "
                        + (kase != null ? kase : replies).name() + " is not a trace");
            }
            return ClusterRun.open(traces);
        }
        if (kase == null) {
            throw new RunFileException(replies.name()
                    + " holds a node's replies; open it together with the case it answers (the .in file)");
        }
        return CaseRun.open(kase, replies);
    }

    /**
     * Checks a node's replies against the rules: {@code kase} must be a test case, {@code replies}
     * a node's output (empty when the node printed nothing: every reply is missing), not a trace.
     *
     * @throws RunFileException when either file is not what it must be, or the case holds no message
     */
    public static OpenedRun check(TranscriptFile kase, TranscriptFile replies) throws RunFileException {
        Kind kind = kind(kase);
        if (kind != Kind.CASE) {
            throw new RunFileException(kase.name() + " is not a test case (it holds "
                    + (kind == Kind.TRACE ? "a node trace" : "a node's replies") + ")");
        }
        if (!replies.lines().isEmpty() && kind(replies) == Kind.TRACE) {
            throw new RunFileException(replies.name() + " is a node trace, not a node's output");
        }
        return CaseRun.open(kase, replies);
    }

    /**
     * What {@code f} holds, by most of its first readable lines.
     *
     * @throws RunFileException when no line of it is JSON
     */
    static Kind kind(TranscriptFile f) throws RunFileException {
        int readable = 0;
        int traced = 0;
        int replies = 0;
        for (Line line : f.lines()) {
            Json json = f.json(line);
            if (json == null) {
                continue;
            }
            readable++;
            if (json instanceof Json.Obj o) {
                if (o.get("dir") instanceof Json.Str && o.get("time_us") instanceof Json.Num) {
                    traced++;
                } else if (o.get("body") instanceof Json.Obj body
                        && body.members().containsKey("in_reply_to")) {
                    replies++;
                }
            }
            if (readable == SNIFF) {
                break;
            }
        }
        if (readable == 0) {
            String why = f.lines().isEmpty()
                    ? "it is empty"
                    : "line " + f.lines().get(0).number() + " is "
                            + f.why(f.lines().get(0));
            throw new RunFileException("nothing in " + f.name() + " can be read as a transcript: " + why);
        }
        if (2 * traced > readable) {
            return Kind.TRACE;
        }
        return 2 * replies > readable ? Kind.REPLIES : Kind.CASE;
    }
}

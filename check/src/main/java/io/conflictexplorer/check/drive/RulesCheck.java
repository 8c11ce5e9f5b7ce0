package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.check.transcript.TranscriptFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A driven run compared with the rules, by the comparison {@code check-node} applies to any case
 * and a node's output ({@link RunFiles#check}: this project's node run in-process on exactly the
 * requests that were sent, every reply compared with its reply, each difference a sentence). So a
 * reply that was wrong is judged against what the rules answer to the requests the clients really
 * sent, contexts taken from the node's own earlier replies included.
 */
final class RulesCheck {

    private RulesCheck() {}

    static ModeResult of(DrivenRun run) {
        String mode = run.mode().wireName();
        TranscriptFile requests = TranscriptFile.of("the " + mode + " run's requests", run.requests());
        // a line that is not a message ended the run (its sentence says so): it is the last, and no reply
        byte[] messages = run.end() instanceof RunEnd.Garbage ? withoutLastLine(run.replies()) : run.replies();
        TranscriptFile replies = TranscriptFile.of("your node's output (" + mode + " run)", messages);
        List<Divergence> divergences;
        try {
            OpenedRun opened = RunFiles.check(requests, replies);
            divergences = opened.divergences();
        } catch (RunFileException e) {
            // the requests are written here and always hold a message; never happens
            throw new IllegalStateException("the run's own requests cannot be read: " + e.getMessage(), e);
        }
        // each divergence names the scenario's operation (the chip the app marks), not the case's line
        Map<Integer, String> operationAt = new HashMap<>();
        for (SentOperation s : run.operations()) {
            if (s.operationId() != null) {
                operationAt.put(s.line(), s.operationId());
            }
        }
        List<Divergence> named = new ArrayList<>(divergences.size());
        for (Divergence d : divergences) {
            named.add(new Divergence(
                    d.kind(), d.requestLine(), d.replyLine(), operationAt.get(d.requestLine()), d.sentence()));
        }
        divergences = named;
        List<OperationReply> operations = new ArrayList<>(run.operations().size());
        List<FinalRead> finalReads = new ArrayList<>();
        for (SentOperation s : run.operations()) {
            List<Divergence> own = new ArrayList<>();
            for (Divergence d : divergences) {
                if (d.requestLine() == s.line()) {
                    own.add(d);
                }
            }
            if (s.operationId() == null) {
                finalReads.add(new FinalRead(s.key(), s.line(), s.request(), s.reply(), s.answer(), own));
            } else {
                operations.add(new OperationReply(s.operationId(), s.line(), s.request(), s.reply(), s.answer(), own));
            }
        }
        String requestText = new String(run.requests(), StandardCharsets.UTF_8);
        return new ModeResult(
                run.mode(),
                operations,
                finalReads,
                divergences,
                run.notRun(),
                run.end(),
                requestText,
                new String(run.replies(), StandardCharsets.UTF_8),
                expected(requestText),
                run.stderr());
    }

    private static byte[] withoutLastLine(byte[] text) {
        int end = text.length - 1; // the last line's break
        while (end > 0 && text[end - 1] != '\n') {
            end--;
        }
        return Arrays.copyOf(text, Math.max(0, end));
    }

    /** The rules' replies to {@code requests}, one line each, as the reference node prints them. */
    static String expected(String requests) {
        ReferenceChannel reference = new ReferenceChannel();
        StringBuilder out = new StringBuilder();
        for (String line : requests.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            reference.send(line);
            for (NodeOutput o = reference.receive(null); o instanceof NodeOutput.Line l; o = reference.receive(null)) {
                out.append(l.text()).append('\n');
            }
        }
        return out.toString();
    }
}

package io.conflictexplorer.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.Cases;
import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.transcript.TranscriptFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample case and every e2e case, checked against its own expected output, agrees with the
 * rules (no divergence at all, not even of format); the same output with one thing changed shows
 * exactly that one divergence: each reply dropped in turn, the first sibling removed, the first
 * conflict flag flipped, the first error code changed. In-process; {@code CheckNodeIT} does the
 * same through the real launcher.
 */
class CheckNodeTest {

    private static OpenedRun check(Path in, String out) throws Exception {
        return RunFiles.openRead(
                List.of(TranscriptFile.read(in), TranscriptFile.of("node.out", out.getBytes(StandardCharsets.UTF_8))));
    }

    @TestFactory
    List<DynamicTest> eachCaseWithItsOwnOutputShowsNoDivergence() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path in : Cases.all()) {
            tests.add(DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
                OpenedRun run = check(in, Files.readString(Cases.out(in)));
                assertTrue(run.hasReplies());
                assertEquals(List.of(), run.divergences(), "divergences");
                assertTrue(run.agrees());
            }));
        }
        assertTrue(tests.size() >= 17, "found the cases");
        return tests;
    }

    @TestFactory
    List<DynamicTest> eachDroppedReplyIsExactlyOneMissingReply() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path in : Cases.all()) {
            List<String> lines = Files.readAllLines(Cases.out(in));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).contains("\"in_reply_to\"")) {
                    continue; // the node's own gossip to a peer: not a reply
                }
                int drop = i;
                tests.add(DynamicTest.dynamicTest(in.getFileName() + " without output line " + (i + 1), () -> {
                    List<String> rest = new ArrayList<>(lines);
                    rest.remove(drop);
                    Divergence d = only(check(in, String.join("\n", rest) + "\n"));
                    assertEquals(DivergenceKind.MISSING_REPLY, d.kind(), d.sentence());
                    assertTrue(d.sentence().endsWith("; your node sent no reply"), d.sentence());
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theFirstSiblingRemovedIsExactlyOneWrongValues() throws Exception {
        // the first of two or more values of a vv_read_ok
        Pattern p = Pattern.compile("(\"values\": \\[)(\\{\"value\": .*?, \"vc\": \\{[^}]*\\}\\}, )(?=\\{\"value\")");
        return mutated(p, m -> m.group(1), DivergenceKind.WRONG_VALUES, "it dropped");
    }

    @TestFactory
    List<DynamicTest> theFirstConflictFlippedIsExactlyOneWrongConflict() throws Exception {
        Pattern p = Pattern.compile("\"conflict\": (true|false)");
        return mutated(
                p,
                m -> "\"conflict\": " + (m.group(1).equals("true") ? "false" : "true"),
                DivergenceKind.WRONG_CONFLICT,
                "conflict is true exactly when");
    }

    @TestFactory
    List<DynamicTest> theFirstErrorCodeChangedIsExactlyOneWrongErrorCode() throws Exception {
        Pattern p = Pattern.compile("\"code\": (\\d+)");
        return mutated(
                p,
                m -> "\"code\": " + (m.group(1).equals("12") ? "10" : "12"),
                DivergenceKind.WRONG_ERROR_CODE,
                "error");
    }

    /** For each case whose output has a match of {@code p}: the first match replaced, checked. */
    private static List<DynamicTest> mutated(
            Pattern p, Function<Matcher, String> replacement, DivergenceKind kind, String says) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path in : Cases.all()) {
            String out = Files.readString(Cases.out(in));
            Matcher m = p.matcher(out);
            if (!m.find()) {
                continue;
            }
            String changed = out.substring(0, m.start()) + replacement.apply(m) + out.substring(m.end());
            tests.add(DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
                Divergence d = only(check(in, changed));
                assertEquals(kind, d.kind(), d.sentence());
                assertTrue(d.sentence().contains(says), d.sentence());
            }));
        }
        assertTrue(tests.size() >= 2, "some cases have what this changes");
        return tests;
    }

    /** The one divergence of a run (format differences included: there must be none else). */
    private static Divergence only(OpenedRun run) {
        assertEquals(1, run.divergences().size(), run.divergences().toString());
        return run.divergences().get(0);
    }
}

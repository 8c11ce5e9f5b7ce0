package io.conflictexplorer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.run.RunFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher, {@code bin/check-node}: each sample and e2e case with its own output exits 0
 * and prints nothing on stdout; the same output with one thing changed exits 1 and prints exactly
 * that divergence's sentence; input it cannot read exits 2; {@code --node} runs a node on the case.
 */
class CheckNodeIT {

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {}

    static Path launcher() {
        return Paths.get(System.getProperty("check.launcher"));
    }

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher().toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("check-node did not finish within 60 s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                s.transferTo(b);
                return b.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @TestFactory
    List<DynamicTest> eachCaseWithItsOwnOutputAgrees() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path in : Cases.all()) {
            tests.add(DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
                Result r = run(in.toString(), Cases.out(in).toString());
                assertEquals(0, r.status(), r.out() + r.err());
                assertEquals("", r.out());
                assertTrue(r.err().contains("the replies agree with the rules"), r.err());
            }));
        }
        return tests;
    }

    private Result withChangedOutput(String kase, String from, String to) throws Exception {
        Path in = Cases.resource("e2e", kase + ".in");
        String out = Files.readString(Cases.out(in));
        assertTrue(out.contains(from), from);
        Path changed = tmp.resolve(kase + ".out");
        int at = out.indexOf(from); // the first only
        Files.writeString(changed, out.substring(0, at) + to + out.substring(at + from.length()));
        return run(in.toString(), changed.toString());
    }

    @Test
    void aRemovedSiblingIsSaid() throws Exception {
        Result r = withChangedOutput("vv-two-concurrent-writers", "{\"value\": \"a\", \"vc\": {\"c1\": 1}}, ", "");
        assertEquals(1, r.status(), r.err());
        assertEquals(
                "c1's read of x at line 5: expected 2 values (a {c1: 1}, b {c2: 1}), conflict true; your node returned"
                        + " b only: it dropped c1's concurrent write a {c1: 1}; conflict true with 1 value: conflict is"
                        + " true exactly when a read returns more than one value\n",
                r.out());
    }

    @Test
    void aFlippedConflictIsSaid() throws Exception {
        Result r = withChangedOutput("vv-three-concurrent-writers", "\"conflict\": true", "\"conflict\": false");
        assertEquals(1, r.status(), r.err());
        assertEquals(
                "c3's read of x at line 6: expected 3 values (a {c1: 1}, b {c2: 1}, c {c3: 1}), conflict true; your"
                        + " node returned the same values with conflict false: conflict is true exactly when a read"
                        + " returns more than one value\n",
                r.out());
    }

    @Test
    void aDroppedReplyIsSaid() throws Exception {
        Result r = withChangedOutput(
                "vv-resolve-with-merged-context",
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"vv_write_ok\", \"vc\": {\"c1\": 2, \"c2\": 1},"
                        + " \"in_reply_to\": 6, \"msg_id\": 5}}\n",
                "");
        assertEquals(1, r.status(), r.err());
        assertEquals("c1's write of ab to x at line 6: expected vc {c1: 2, c2: 1}; your node sent no reply\n", r.out());
    }

    @Test
    void aChangedErrorCodeIsSaid() throws Exception {
        Result r = withChangedOutput("errors-then-valid-requests", "\"code\": 20", "\"code\": 22");
        assertEquals(1, r.status(), r.err());
        assertEquals(
                "c1's kv_read of missing at line 28: expected error 20 (key does not exist); your node returned error"
                        + " 22 (precondition failed)\n",
                r.out());
    }

    @Test
    void unreadableLinesGoToStderrWithTheirLineNumbersAndTheRestIsChecked() throws Exception {
        Path in = Cases.resource("e2e", "errors-then-valid-requests.in");
        Result r = run(in.toString(), Cases.out(in).toString());
        assertEquals(0, r.status());
        assertTrue(
                r.err()
                        .contains(
                                "errors-then-valid-requests.in line 18: not JSON: unexpected character 't' at column 1"),
                r.err());
        assertTrue(
                r.err()
                        .contains(
                                "errors-then-valid-requests.in line 4: a request the rules do not know: type \"frobnicate\""),
                r.err());
    }

    @Test
    void inputThatCannotBeReadExits2() throws Exception {
        Path in = Cases.resource("sample-cases", "single-write-read.in");
        Result missing = run(tmp.resolve("nope.in").toString(), Cases.out(in).toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.in: no such file"), missing.err());

        Path garbage = Files.write(tmp.resolve("garbage.in"), "not json\nat all\n".getBytes(StandardCharsets.UTF_8));
        Result notJson = run(garbage.toString(), Cases.out(in).toString());
        assertEquals(2, notJson.status());
        assertTrue(
                notJson.err().contains("nothing in garbage.in can be read as a transcript: line 1 is not JSON"),
                notJson.err());

        Path huge = tmp.resolve("huge.out");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(RunFiles.MAX_BYTES + 1); // sparse: no disk used
        }
        Result tooLarge = run(in.toString(), huge.toString());
        assertEquals(2, tooLarge.status());
        assertTrue(tooLarge.err().contains("above the limit of 67108864 bytes (64 MiB)"), tooLarge.err());

        assertEquals(2, run(in.toString()).status(), "no output and no --node");
    }

    @Test
    void nodeRunsANodeOnTheCase() throws Exception {
        Path node = Paths.get(System.getProperty("node.launcher"));
        for (String kase : List.of(
                "vv-stale-context",
                "errors-then-valid-requests",
                "kv-merge-compares-ts-exactly",
                "kv-merge-ts-printed-as-python-prints-it")) {
            Result r = run(Cases.resource("e2e", kase + ".in").toString(), "--node", node.toString());
            assertEquals(0, r.status(), kase + ": " + r.out() + r.err());
            assertEquals("", r.out(), kase);
        }
        Result silent = run(Cases.resource("e2e", "vv-stale-context.in").toString(), "--node", "cat > /dev/null");
        assertEquals(1, silent.status());
        assertTrue(
                silent.out().startsWith("c0's init at line 1: expected init_ok; your node sent no reply\n"),
                silent.out());
    }
}

package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher behaves as a process: working directory, missing jar, flushing, bad bytes. */
class LauncherIT {

    private static final String INIT =
            "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}\n";
    private static final String INIT_OK =
            "{\"src\": \"n1\", \"dest\": \"c0\", \"body\": {\"type\": \"init_ok\", \"in_reply_to\": 1, \"msg_id\": 0}}";

    @Test
    void worksFromAnyWorkingDirectory(@TempDir Path elsewhere) throws Exception {
        NodeProcess.Result r = NodeProcess.run(INIT.getBytes(StandardCharsets.UTF_8), elsewhere, List.of());
        assertEquals(0, r.exitCode());
        assertEquals(INIT_OK + "\n", r.out());
    }

    @Test
    void runsTheAotCacheOnJdk25WhenTheBuildMadeOne() throws Exception {
        Path target = NodeProcess.launcher().getParent().getParent().resolve("target");
        Path stamp = target.resolve("protocol-node.aot.java");
        assumeTrue(Files.exists(stamp), "the build made no AOT cache (no JDK 25 here)");
        NodeProcess.Result r = NodeProcess.run(
                INIT.getBytes(StandardCharsets.UTF_8), null, List.of("NODE_JAVA_OPTS=-Xlog:aot=info:stderr"));
        assertEquals(INIT_OK + "\n", r.out());
        assertTrue(r.stderr().contains("Opened AOT cache " + target.resolve("protocol-node.aot")), r.stderr());
    }

    @Test
    void fallsBackToTheDefaultJavaWithoutTheAotCache() throws Exception {
        NodeProcess.Result r = NodeProcess.run(
                INIT.getBytes(StandardCharsets.UTF_8),
                null,
                List.of("NODE_AOT=0", "NODE_JAVA_OPTS=-XshowSettings:properties"));
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(INIT_OK + "\n", r.out());
        Path stamp = NodeProcess.launcher().getParent().getParent().resolve("target/protocol-node.aot.java");
        if (Files.exists(stamp)) { // the JDK that made the cache is not the one that ran
            Path aotJava = Path.of(Files.readString(stamp).strip());
            String aotHome = aotJava.getParent().getParent().toString();
            assertTrue(r.stderr().contains("java.home = "), r.stderr());
            assertFalse(r.stderr().contains("java.home = " + aotHome + "\n"), r.stderr());
        }
    }

    @Test
    void saysSoAndFailsWhenTheJarIsMissing(@TempDir Path copy) throws Exception {
        Path bin = Files.createDirectories(copy.resolve("bin"));
        Path launcher = bin.resolve("protocol-node");
        Files.copy(NodeProcess.launcher(), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder(launcher.toString()).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = NodeProcess.drain(p.getInputStream());
        CompletableFuture<byte[]> err = NodeProcess.drain(p.getErrorStream());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        assertEquals(0, out.join().length, "nothing on stdout");
        String message = new String(err.join(), StandardCharsets.UTF_8);
        assertTrue(message.contains("protocol-node.jar is missing") && message.contains("mvn"), message);
    }

    @Test
    void answersEachLineBeforeTheNextArrives() throws Exception {
        Process p = new ProcessBuilder(NodeProcess.launcher().toString()).start();
        try (OutputStream in = p.getOutputStream();
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(INIT.getBytes(StandardCharsets.UTF_8));
            in.flush();
            // stdin stays open: the reply can only arrive if the node flushes per line
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readLine(out));
            assertEquals(INIT_OK, first.get(30, TimeUnit.SECONDS));
            in.write("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":2,\"key\":\"x\"}}\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> readLine(out));
            assertEquals(
                    "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"vv_read_ok\", \"values\": [], \"conflict\": false, \"in_reply_to\": 2, \"msg_id\": 1}}",
                    second.get(30, TimeUnit.SECONDS));
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "exit 0 at the end of input");
    }

    @Test
    void logsIgnoredLinesOnStderrOnlyAndKeepsGoing() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(INIT.getBytes(StandardCharsets.UTF_8));
        input.write(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"x\",\"value\":\""
                        .getBytes(StandardCharsets.UTF_8));
        input.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // invalid UTF-8
        input.write("\"}}\n".getBytes(StandardCharsets.UTF_8));
        input.write("not json\n".getBytes(StandardCharsets.UTF_8));
        input.write("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"x\"}}"
                .getBytes(StandardCharsets.UTF_8)); // no final newline
        NodeProcess.Result r = NodeProcess.run(input.toByteArray());
        assertEquals(0, r.exitCode());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        // the bad bytes are in a value: the sender and msg_id are readable, so it gets a clear error
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"error\", \"code\": 12, "
                        + "\"text\": \"line not valid UTF-8\", \"in_reply_to\": 2, \"msg_id\": 1}}",
                lines[1]);
        assertTrue(lines[2].contains("\"values\": []"), "the invalid line stored nothing: " + lines[2]);
        assertTrue(r.stderr().contains("line 2 ignored: not valid UTF-8"), r.stderr());
        assertTrue(r.stderr().contains("line 3 ignored: not JSON"), r.stderr());
    }

    @Test
    void refusesOverlongLinesWithoutStoringThem() throws Exception {
        String big =
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"x\",\"value\":\""
                        + "v".repeat(5000) + "\"}}\n";
        String read = "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"x\"}}\n";
        NodeProcess.Result r = NodeProcess.run(
                (INIT + big + read).getBytes(StandardCharsets.UTF_8), null, List.of("NODE_MAX_LINE_BYTES=1000"));
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        // the beginning of the line names the sender and the msg_id: a clear error instead of silence
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"error\", \"code\": 12, "
                        + "\"text\": \"line longer than 1000 bytes\", \"in_reply_to\": 2, \"msg_id\": 1}}",
                lines[1]);
        assertTrue(lines[2].contains("\"values\": []"), lines[2]);
        assertTrue(r.stderr().contains("line 2 ignored: longer than 1000 bytes"), r.stderr());
    }

    @Test
    void lwwTimestampsStrictlyIncreaseOnOneNode() throws Exception {
        StringBuilder in = new StringBuilder(INIT);
        for (int i = 0; i < 200; i++) {
            in.append("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":")
                    .append(i + 2)
                    .append(",\"key\":\"k")
                    .append(i % 3)
                    .append("\",\"value\":")
                    .append(i)
                    .append("}}\n");
        }
        NodeProcess.Result r = NodeProcess.run(in.toString().getBytes(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\"ts\": ([0-9.e+]+)").matcher(r.out());
        double previous = 0;
        int n = 0;
        while (m.find()) {
            double ts = Double.parseDouble(m.group(1));
            assertTrue(ts > previous, "ts " + ts + " after " + previous);
            previous = ts;
            n++;
        }
        assertEquals(200, n);
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

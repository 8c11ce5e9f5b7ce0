package io.conflictexplorer.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the real launcher, {@code protocol-node/bin/protocol-node}, as a separate process. */
final class NodeProcess {

    /** What one run printed. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private NodeProcess() {}

    static Path launcher() {
        String p = System.getProperty("node.launcher");
        if (p == null) {
            throw new IllegalStateException("system property node.launcher is not set (run through mvn verify)");
        }
        return Paths.get(p);
    }

    /** Feeds {@code input} to a fresh node, closes stdin, and waits (bounded) for it to exit. */
    static Result run(byte[] input, Path workingDir, List<String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(launcher().toString());
        if (workingDir != null) {
            pb.directory(workingDir.toFile());
        }
        for (String kv : env) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Process p = pb.start();
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        } catch (IOException e) {
            // the node may exit before reading everything (e.g. a missing jar); its exit code says why
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the node did not exit within 60 s after the end of its input");
        }
        return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    static Result run(byte[] input) throws IOException, InterruptedException {
        return run(input, null, List.of());
    }

    static CompletableFuture<byte[]> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s;
                    ByteArrayOutputStream b = new ByteArrayOutputStream()) {
                s.transferTo(b);
                return b.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The {@code NAME.in} files of a test-resource folder, sorted. */
    static List<Path> inputs(String folder) throws IOException, URISyntaxException {
        Path dir = Paths.get(NodeProcess.class.getResource("/" + folder).toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> f.toString().endsWith(".in")).sorted().forEach(files::add);
        }
        return files;
    }

    static Path sibling(Path in, String extension) {
        String name = in.getFileName().toString();
        return in.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }
}

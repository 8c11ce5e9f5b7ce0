package io.conflictexplorer.files.hostile;

import io.conflictexplorer.files.hostile.Mutation.Kind;
import io.conflictexplorer.files.hostile.Mutation.Mutated;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile files for the readers' property tests: seeded {@link Mutation}s of good files, written
 * to disk as the app would meet them, and kept when a property fails so the case can be opened
 * again by hand.
 *
 * <p>Each try draws one to three mutations (jqwik shrinks a failure to the fewest and smallest),
 * mostly of the JSON kinds, which get past the syntax to the reader's own checks; {@link
 * Kind#OVERSIZE} and the longest lines are drawn rarely, as they cost a large file each.
 */
public final class HostileFiles {

    /** Where a failing case is kept: {@code target/hostile-files/SUITE/}. */
    private static final Path KEPT = Path.of("target", "hostile-files");

    private HostileFiles() {}

    /** Keeps a failing case's files ({@link #keep}) and says where they are; called only on failure. */
    @FunctionalInterface
    public interface Keeper {
        String keep();
    }

    /** One mutation of any kind, weighted. */
    public static Arbitrary<Mutation> mutation() {
        Arbitrary<Kind> kind = Arbitraries.frequency(
                Tuple.of(6, Kind.TRUNCATE),
                Tuple.of(6, Kind.FLIP_BITS),
                Tuple.of(5, Kind.INVALID_UTF8),
                Tuple.of(3, Kind.DELETE_BYTES),
                Tuple.of(3, Kind.DUPLICATE_BYTES),
                Tuple.of(12, Kind.WRONG_TYPE),
                Tuple.of(10, Kind.OTHER_VALUE),
                Tuple.of(8, Kind.REMOVE_FIELD),
                Tuple.of(6, Kind.EXTRA_FIELD),
                Tuple.of(12, Kind.HUGE_NUMBER),
                Tuple.of(8, Kind.SCALE_NUMBER),
                Tuple.of(4, Kind.DEEP_NESTING),
                Tuple.of(2, Kind.LONG_LINE),
                Tuple.of(3, Kind.DELETE_LINE),
                Tuple.of(3, Kind.DUPLICATE_LINE),
                Tuple.of(3, Kind.SWAP_LINES),
                Tuple.of(1, Kind.OVERSIZE));
        return Combinators.combine(
                        kind,
                        Arbitraries.doubles().between(0, 1).ofScale(4),
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.longs().withoutEdgeCases())
                .as(Mutation::new)
                // a long line of megabytes is worth a try in a few, not in every third
                .filter(m -> m.kind() != Kind.LONG_LINE || m.size() % 7 < 4 || m.size() % 5 == 0);
    }

    /** One to three mutations, applied in order. */
    public static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(3);
    }

    /** {@code seed} with {@code mutations} applied in order ({@code limit}: the reader's size limit). */
    public static Mutated apply(byte[] seed, List<Mutation> mutations, long limit) {
        Mutated m = new Mutated(seed, seed.length);
        for (Mutation x : mutations) {
            Mutated next = x.apply(m.bytes(), limit);
            boolean padded = m.length() > m.bytes().length; // over the limit stays over it
            m = padded ? new Mutated(next.bytes(), Math.max(next.length(), m.length())) : next;
        }
        return m;
    }

    /** Writes {@code m} to {@code file}: its bytes, then zeros (a sparse file) up to its length. */
    public static Path write(Path file, Mutated m) {
        try {
            Files.write(file, m.bytes());
            if (m.length() > m.bytes().length) {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(m.length());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a failing case as {@code target/hostile-files/SUITE/NAME} and says how to look at it:
     * the file, its size and its first bytes in hex.
     */
    public static String keep(String suite, String name, Mutated m) {
        try {
            Path dir = Files.createDirectories(KEPT.resolve(suite));
            Path file = write(dir.resolve(name), m);
            byte[] b = m.bytes();
            String head = HexFormat.of().formatHex(b, 0, Math.min(b.length, 64));
            return "the mutated file is kept as " + file.toAbsolutePath() + " (" + m.length() + " bytes; first bytes "
                    + head + ")";
        } catch (IOException e) {
            return "the mutated file could not be kept: " + e.getMessage();
        }
    }

    /** {@code t}'s stack trace for a failure's message, at most 4,000 characters. */
    public static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    }

    /** Deletes {@code dir} and everything below it: a suite's folder of damaged files, when it ends. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

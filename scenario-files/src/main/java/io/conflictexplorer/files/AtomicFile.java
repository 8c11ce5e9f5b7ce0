package io.conflictexplorer.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: every file the app writes (a saved scenario, the autosave and
 * its marker, the settings, every export) goes through here.
 *
 * <p>The rule: the content is written to a temporary file in the target's own folder ({@code
 * .NAME.PID-RANDOM.tmp}), flushed to the disk ({@code fsync}), then renamed over the target in one
 * step ({@code ATOMIC_MOVE}; where the file system cannot, a plain replacing move), and the folder
 * is flushed too. Until the rename the target is untouched, so a write that fails or a process that
 * dies at any point leaves the previous file as it was. A failed write removes its temporary file;
 * one left by a process that died is removed by the next write of the same target (or {@link
 * #removeLeftovers}), as the process id in its name is no longer alive. The target keeps its
 * permissions, and a symbolic link keeps pointing at the file it names, which is the one replaced.
 *
 * <p>Why a rename: writing the target in place truncates it first, so a crash or a full disk half
 * way leaves a broken scenario, which is exactly what the autosave exists to prevent.
 */
public final class AtomicFile {

    /** What goes into the file: written to {@code out}, which it must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The points of a write where a test interrupts or watches it; the app's does nothing. */
    interface Faults {
        Faults NONE = new Faults() {};

        /** The temporary file's stream, below the buffer: what reaches the file, byte by byte. */
        default OutputStream wrap(OutputStream file) {
            return file;
        }

        default void before(Step step) throws IOException {}
    }

    /** The steps after the content is written. */
    enum Step {
        SYNC,
        MOVE
    }

    static final String SUFFIX = ".tmp";

    private static final long PID = ProcessHandle.current().pid();

    /** This process's temporary files being written: not leftovers. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8 to {@code target}, whole or not at all. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code content} to {@code target}, whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, Faults.NONE);
    }

    static void write(Path target, Content content, Faults faults) throws IOException {
        Path file = followLink(target.toAbsolutePath());
        Path dir = file.getParent();
        removeLeftovers(file);
        Path tmp = dir.resolve(prefix(file) + PID + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + SUFFIX);
        IN_FLIGHT.add(tmp);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                keepPermissions(file, tmp);
                OutputStream out = new BufferedOutputStream(faults.wrap(Channels.newOutputStream(channel)), 1 << 16);
                content.writeTo(out);
                out.flush();
                faults.before(Step.SYNC);
                channel.force(true);
            }
            faults.before(Step.MOVE);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } catch (IOException e) {
            throw explained(e, dir);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the next write of this target removes it (its process id is then not alive)
            }
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Removes the temporary files a write of {@code target} left behind: those whose process is no
     * longer alive (it died while writing), and this process's own that no write is using.
     */
    public static void removeLeftovers(Path target) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        String prefix = prefix(file);
        DirectoryStream.Filter<Path> ours = p -> {
            String name = String.valueOf(p.getFileName());
            return name.startsWith(prefix) && name.endsWith(SUFFIX);
        };
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ours)) {
            for (Path p : found) {
                Long pid = pidOf(p, prefix);
                if (pid != null && !alive(pid, p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // a folder that cannot be listed: the write itself says what is wrong with it
        }
    }

    private static String prefix(Path file) {
        return "." + file.getFileName() + ".";
    }

    /** The process id in a temporary file's name, or null when the name is not one of ours. */
    private static Long pidOf(Path p, String prefix) {
        String name = String.valueOf(p.getFileName());
        String rest = name.substring(prefix.length(), name.length() - SUFFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean alive(long pid, Path p) {
        return pid == PID
                ? IN_FLIGHT.contains(p)
                : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The file a symbolic link names (replacing the link would cut it); else {@code file} itself. */
    private static Path followLink(Path file) {
        if (Files.isSymbolicLink(file)) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                return file; // a dangling link: the file takes its place
            }
        }
        return file;
    }

    private static void keepPermissions(Path file, Path tmp) {
        try {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the folder's defaults
        }
    }

    /** Flushes the folder, so the rename itself survives a power cut. */
    private static void syncFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some systems cannot open a folder (Windows): the rename is done all the same
        }
    }

    /** {@code e} in words that name the folder, not the temporary file. */
    private static IOException explained(IOException e, Path dir) {
        if (e instanceof NoSuchFileException && !Files.isDirectory(dir)) {
            return new IOException("the folder " + dir + " does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IOException("no permission to write in " + dir, e);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new IOException(f.getReason() + " (in " + dir + ")", e);
        }
        return e;
    }
}

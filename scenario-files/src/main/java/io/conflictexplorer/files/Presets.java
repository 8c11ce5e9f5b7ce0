package io.conflictexplorer.files;

import io.conflictexplorer.core.scheme.Scheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The preset scenarios of the repository's {@code assets/presets}, which this module's build puts
 * on its class path: the presets listed in {@code index.txt} (the app's preset menu, in order), then
 * the gallery of published cases listed in {@code gallery.txt}. {@code --preset N} numbers both
 * lists together from 1 ({@link #numbered()}), in the app's exports and in {@code check-node}. Each
 * file is read by {@link ScenarioFiles}, with no JavaFX: the desktop app and {@code check-node}
 * read the same presets the same way.
 *
 * <p>Rules: a list names one file a line, optionally followed by the clock schemes its story is
 * about ({@code 10-sibling-explosion.json lww,client-vv,server-vv-merged,dvv}: what the compare
 * window shows for it); blank lines and lines starting with {@code #} are skipped. A preset that cannot be read is a build error, reported as an
 * {@link IllegalStateException} naming the file and why.
 */
public final class Presets {

    private static final String ROOT = "presets/";

    private Presets() {}

    /** The presets of {@code index.txt}, in its order. */
    public static List<PresetFile> presets() {
        return listed("index.txt");
    }

    /** The gallery of published cases of {@code gallery.txt}, in its order. */
    public static List<PresetFile> gallery() {
        return listed("gallery.txt");
    }

    /** The presets, then the gallery: what {@code --preset N} numbers from 1. */
    public static List<PresetFile> numbered() {
        List<PresetFile> out = new ArrayList<>(presets());
        out.addAll(gallery());
        return List.copyOf(out);
    }

    /**
     * The preset numbered {@code number} in {@link #numbered()}.
     *
     * @throws IllegalArgumentException naming the numbers there are, when there is none of that number
     */
    public static PresetFile numbered(int number) {
        List<PresetFile> all = numbered();
        if (number < 1 || number > all.size()) {
            throw new IllegalArgumentException(
                    "--preset takes 1 to " + all.size() + " (the preset list's numbers), not " + number);
        }
        return all.get(number - 1);
    }

    private static List<PresetFile> listed(String list) {
        List<PresetFile> out = new ArrayList<>();
        try (InputStream index = open(list);
                BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+", 2);
                String file = parts[0];
                List<Scheme> schemes = parts.length > 1 ? Scheme.parseList(parts[1]) : List.of();
                try (InputStream in = open(file)) {
                    out.add(new PresetFile(file, ScenarioFiles.read(in, file), schemes));
                }
            }
        } catch (IOException | ScenarioFileException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the presets: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Presets.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("missing preset " + file + " (is ../assets/presets a resource directory?)");
        }
        return in;
    }
}

package io.conflictexplorer.gui;

import io.conflictexplorer.gui.files.ScenarioFileException;
import io.conflictexplorer.gui.files.ScenarioFiles;
import io.conflictexplorer.gui.model.Preset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The repo's assets/ folder, which the build copies onto the classpath under
 * {@code io/conflictexplorer/gui/assets/} (see gui/pom.xml), so the app runs from a fresh clone.
 */
public final class Assets {

    private static final String ROOT = "assets/";

    private Assets() {}

    /** The URL of {@code path} below assets/, e.g. "css/app.css". */
    public static URL url(String path) {
        URL url = Assets.class.getResource(ROOT + path);
        if (url == null) {
            throw new IllegalStateException("missing asset " + path + " (is ../assets a resource directory?)");
        }
        return url;
    }

    public static String stylesheet(String name) {
        return url("css/" + name).toExternalForm();
    }

    /** The presets listed in presets/index.txt, in that order. A broken preset is a build error. */
    public static List<Preset> presets() {
        return listed("presets/index.txt");
    }

    /**
     * The gallery of published cases listed in presets/gallery.txt, in that order: the step tables
     * of the clock schemes (see docs/concepts/clock-schemes.md). Not in the window's preset menu,
     * which compares LWW and VV only; the command line numbers them after the presets.
     */
    public static List<Preset> gallery() {
        return listed("presets/gallery.txt");
    }

    /** The presets, then the gallery: what {@code --preset N} numbers from 1. */
    public static List<Preset> numbered() {
        List<Preset> out = new ArrayList<>(presets());
        out.addAll(gallery());
        return List.copyOf(out);
    }

    private static List<Preset> listed(String list) {
        List<Preset> out = new ArrayList<>();
        try (InputStream index = url(list).openStream();
                BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String file = line.strip();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                try (InputStream in = url("presets/" + file).openStream()) {
                    out.add(new Preset(file, ScenarioFiles.read(in, file)));
                }
            }
        } catch (IOException | ScenarioFileException e) {
            throw new IllegalStateException("cannot load the presets: " + e.getMessage(), e);
        }
        return out;
    }
}

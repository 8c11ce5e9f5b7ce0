package io.conflictexplorer.gui.platform;

import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The repo's assets/ folder, which the build copies onto the classpath under
 * {@code io/conflictexplorer/gui/assets/} (see gui/pom.xml), so the app runs from a fresh clone.
 */
public final class Assets {

    /** Absolute: the folder the build copies assets/ to (gui/pom.xml), whatever package this class is in. */
    private static final String ROOT = "/io/conflictexplorer/gui/assets/";

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

    /** The presets listed in presets/index.txt, in that order ({@link Presets}). A broken preset is a build error. */
    public static List<Preset> presets() {
        return listed(Presets.presets());
    }

    /**
     * The gallery of published cases listed in presets/gallery.txt, in that order: the step tables
     * of the clock schemes (see docs/concepts/clock-schemes.md). Not in the window's preset menu,
     * which compares LWW and VV only; the command line numbers them after the presets.
     */
    public static List<Preset> gallery() {
        return listed(Presets.gallery());
    }

    /** The presets, then the gallery: what {@code --preset N} numbers from 1. */
    public static List<Preset> numbered() {
        List<Preset> out = new ArrayList<>(presets());
        out.addAll(gallery());
        return List.copyOf(out);
    }

    /** The presets as the scenario-files module reads them (one reader for the app and check-node). */
    private static List<Preset> listed(List<PresetFile> files) {
        List<Preset> out = new ArrayList<>(files.size());
        for (PresetFile f : files) {
            out.add(new Preset(f.file(), f.scenario()));
        }
        return out;
    }
}

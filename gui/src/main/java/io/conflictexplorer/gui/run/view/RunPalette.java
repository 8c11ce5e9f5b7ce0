package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.run.model.RunFrames;
import javafx.scene.paint.Color;

/**
 * The colours the run window's canvas paints with, read from the theme's stylesheets ({@code
 * -ce-run-...} in app.css, overridden by dark.css), so the canvas follows the theme as the rest of
 * the window does.
 */
final class RunPalette {

    final Color paper;
    final Color laneEven;
    final Color laneOdd;
    final Color store;
    final Color ink;
    final Color muted;
    final Color tick;
    final Color write;
    final Color writeBorder;
    final Color read;
    final Color readBorder;
    final Color vv;
    final Color lost;
    final Color conflict;
    final Color divergence;
    final Color selected;
    final Color gossip;
    /** A replica link: the muted colour, half transparent. */
    final Color replicaLink;
    /** A gossip tick zoomed out: the gossip colour, half transparent. */
    final Color gossipTick;
    /** The density strips' levels, lightest first: the VV colour, more opaque with each level. */
    final Color[] levels = new Color[RunFrames.LEVELS];

    private RunPalette(Theme theme) {
        paper = colour(theme, "paper");
        laneEven = colour(theme, "lane-even");
        laneOdd = colour(theme, "lane-odd");
        store = colour(theme, "store");
        ink = colour(theme, "ink");
        muted = colour(theme, "muted");
        tick = colour(theme, "tick");
        write = colour(theme, "write");
        writeBorder = colour(theme, "write-border");
        read = colour(theme, "read");
        readBorder = colour(theme, "read-border");
        vv = colour(theme, "vv");
        lost = colour(theme, "lost");
        conflict = colour(theme, "conflict");
        divergence = colour(theme, "divergence");
        selected = colour(theme, "selected");
        gossip = colour(theme, "gossip");
        replicaLink = muted.deriveColor(0, 1, 1, 0.5);
        gossipTick = gossip.deriveColor(0, 1, 1, 0.5);
        for (int i = 0; i < levels.length; i++) {
            levels[i] = vv.deriveColor(0, 1, 1, 0.2 + 0.7 * (i + 1) / levels.length);
        }
    }

    /** The run window's colours in {@code theme}. */
    static RunPalette of(Theme theme) {
        return new RunPalette(theme);
    }

    private static Color colour(Theme theme, String name) {
        return Color.web(theme.colour("run-" + name));
    }
}

package io.conflictexplorer.gui.export;

import io.conflictexplorer.gui.platform.Theme;

/**
 * How a picture export looks: at which step, in which theme, over which ticks, at which scale.
 * Text exports tell the whole run and use none of it.
 *
 * @param step        applied steps (0 to the run's size); a negative step means the last
 * @param theme       the colours
 * @param range       the ticks shown, or null for the whole run
 * @param scale       pixels per logical pixel of a PNG or GIF (1: 1920 x 1080)
 * @param framesAsSvg frames are SVG files (else PNG)
 */
public record ExportOptions(int step, Theme theme, TimeRange range, double scale, boolean framesAsSvg) {

    /** The last step, light theme, whole run, scale 1, PNG frames. */
    public static final ExportOptions DEFAULT = new ExportOptions(-1, Theme.LIGHT, null, 1, false);

    public ExportOptions {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 4, not " + scale);
        }
    }

    public ExportOptions withStep(int step) {
        return new ExportOptions(step, theme, range, scale, framesAsSvg);
    }

    public ExportOptions withTheme(Theme theme) {
        return new ExportOptions(step, theme, range, scale, framesAsSvg);
    }

    public ExportOptions withRange(TimeRange range) {
        return new ExportOptions(step, theme, range, scale, framesAsSvg);
    }

    public ExportOptions withScale(double scale) {
        return new ExportOptions(step, theme, range, scale, framesAsSvg);
    }

    public ExportOptions withFramesAsSvg(boolean framesAsSvg) {
        return new ExportOptions(step, theme, range, scale, framesAsSvg);
    }
}

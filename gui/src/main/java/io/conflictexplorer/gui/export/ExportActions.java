package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.FileWriting;
import io.conflictexplorer.gui.platform.Theme;
import java.util.Locale;

/**
 * The exports as the window runs them: the run on display, at the time cursor's step, in the theme
 * the window shows (dark, else Presenter's high contrast, else light). They call the same
 * {@link Exporter} as the command line.
 */
public final class ExportActions {

    private ExportActions() {}

    /** The window's theme. */
    public static Theme theme(ExplorerViewModel vm) {
        return vm.presentation().darkProperty().get()
                ? Theme.DARK
                : vm.presentation().presenterProperty().get() ? Theme.PRESENTER : Theme.LIGHT;
    }

    /** The slide at the cursor's step, in the window's theme, at {@code scale}. */
    public static ExportOptions options(ExplorerViewModel vm, double scale) {
        Simulation sim = vm.getSimulation();
        int step = Math.max(
                0, Math.min(vm.playback().cursorProperty().get(), sim.vv().size()));
        return ExportOptions.DEFAULT.withStep(step).withTheme(theme(vm)).withScale(scale);
    }

    /**
     * Writes {@code format} of the run on display; the options are taken when it runs, so an export
     * shows the cursor's step at that moment.
     */
    public static FileWriting writing(ExplorerViewModel vm, ExportFormat format, double scale, boolean framesAsSvg) {
        return target ->
                Exporter.write(vm.getSimulation(), format, options(vm, scale).withFramesAsSvg(framesAsSvg), target);
    }

    /** The slide at the cursor as an SVG when {@code target} ends in .svg, else as a PNG at scale 1. */
    public static FileWriting picture(ExplorerViewModel vm) {
        return target -> Exporter.write(
                vm.getSimulation(),
                target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                        ? ExportFormat.SVG
                        : ExportFormat.PNG,
                options(vm, 1),
                target);
    }

    /** The text of a text format, for the clipboard. */
    public static String text(ExplorerViewModel vm, ExportFormat format) {
        return Exporter.text(vm.getSimulation(), format);
    }
}

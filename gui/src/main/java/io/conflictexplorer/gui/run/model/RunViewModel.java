package io.conflictexplorer.gui.run.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the run window, without JavaFX nodes: the open run ({@link RunProjection}), the
 * selected chip and its {@link ChipDetails}, the {@link RunFilter}, the {@link RunViewport}, and
 * the commands (open, select, next and previous mark, find, scroll and zoom, edit as scenario).
 *
 * <p>Opening reads and simulates on {@code background} and hands the result to {@code fx} (in the
 * app, {@code Platform::runLater}: every property changes on the FX thread; in a test, a direct or
 * queued executor, so this class is tested without a window). A failed open reports why
 * ({@link #failureProperty()}) and leaves the open run as it was; lines that could not be taken are
 * reported together ({@link #skippedProperty()}) while the readable ones open.
 */
public final class RunViewModel {

    /** Why an open failed, for the user: a title and the message. */
    public record Failure(String title, String message) {}

    /** Reads files into a projected run (in the app: {@link RunSession#open}, then {@link RunProjection#of}). */
    @FunctionalInterface
    public interface Opener {
        RunProjection open(List<Path> files) throws RunSession.CannotOpen;
    }

    private final Executor background;
    private final Executor fx;
    private final EditAsScenario edit;
    private final Opener opener;
    private final ObjectProperty<RunProjection> run = new SimpleObjectProperty<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ChipDetails> details = new SimpleObjectProperty<>(ChipDetails.NONE);
    private final ObjectProperty<DivergenceEntry> selectedDivergence = new SimpleObjectProperty<>();
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(RunFilter.ALL);
    private final ObjectProperty<RunViewport> viewport = new SimpleObjectProperty<>(RunViewport.NONE);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Failure> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<SkippedLines> skipped = new SimpleObjectProperty<>();
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanProperty canEdit = new SimpleBooleanProperty();
    private RunNavigator navigator;

    /**
     * @param background where files are read and simulated (not the FX thread: a long run takes seconds)
     * @param fx         where the result is shown (the FX thread)
     * @param edit       takes a run's scenario into the main window
     */
    public RunViewModel(Executor background, Executor fx, EditAsScenario edit) {
        this(background, fx, edit, files -> RunProjection.of(RunSession.open(files)));
    }

    /** As {@link #RunViewModel(Executor, Executor, EditAsScenario)}, reading files with {@code opener}. */
    public RunViewModel(Executor background, Executor fx, EditAsScenario edit, Opener opener) {
        this.background = background;
        this.fx = fx;
        this.edit = edit;
        this.opener = opener;
        selected.addListener((o, was, now) -> {
            int chip = now.intValue();
            RunProjection r = run.get();
            details.set(r == null ? ChipDetails.NONE : r.details(chip));
            if (r != null && chip >= 0) {
                DivergenceEntry shown = selectedDivergence.get();
                if (shown == null || shown.chip() != chip) { // the list keeps a second divergence of the chip
                    r.divergenceOf(chip).ifPresent(selectedDivergence::set);
                }
                viewport.set(viewport.get().revealed(r.timeline().time(chip)));
            }
        });
        filter.addListener((o, was, now) -> {
            RunProjection r = run.get();
            int chip = selected.get();
            if (r != null && chip >= 0 && !r.timeline().accepts(now, chip)) {
                selected.set(-1); // a hidden chip stays unselected
            }
        });
    }

    /** The open run, or null. */
    public ReadOnlyObjectProperty<RunProjection> runProperty() {
        return run;
    }

    public RunProjection getRun() {
        return run.get();
    }

    /** The selected chip, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ChipDetails> detailsProperty() {
        return details;
    }

    /** The divergence the list shows selected: the last one chosen, or the first of the selected chip. */
    public ReadOnlyObjectProperty<DivergenceEntry> selectedDivergenceProperty() {
        return selectedDivergence;
    }

    public ObjectProperty<RunFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<RunViewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The last failed open (null while an open runs, so each failure is news), or null. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure;
    }

    /** The lines of the last run shown that could not be taken, or null. */
    public ReadOnlyObjectProperty<SkippedLines> skippedProperty() {
        return skipped;
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** True when a run is open that is small enough to edit as a scenario. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit;
    }

    /**
     * Opens {@code files} as one run; {@code done} gets true (on {@code fx}) when it opened, false
     * when it failed.
     */
    public void open(List<Path> files, Consumer<Boolean> done) {
        opening.set(true);
        failure.set(null);
        status.set("Opening " + names(files) + "...");
        background.execute(() -> {
            RunProjection opened = null;
            String error = null;
            try {
                opened = opener.open(files);
            } catch (RunSession.CannotOpen e) {
                error = e.getMessage();
            } catch (RuntimeException e) { // a bug must not leave the window waiting forever
                error = "It could not be opened: " + e;
            }
            RunProjection result = opened;
            String why = error;
            fx.execute(() -> {
                opening.set(false);
                if (result == null) {
                    status.set("Not opened: " + why);
                    failure.set(new Failure("This run cannot be opened", why));
                    done.accept(false);
                } else {
                    show(result);
                    done.accept(true);
                }
            });
        });
    }

    /** Shows {@code r}, replacing the run shown before. */
    public void show(RunProjection r) {
        selected.set(-1);
        filter.set(RunFilter.ALL);
        selectedDivergence.set(null);
        navigator = new RunNavigator(r.timeline());
        viewport.set(RunViewport.of(
                r.timeline().startTime(), r.timeline().endTime(), viewport.get().width()));
        run.set(r);
        details.set(ChipDetails.NONE);
        status.set(r.summary());
        canEdit.set(r.editable());
        skipped.set(null);
        r.skipped().ifPresent(skipped::set);
    }

    /** Selects {@code chip} (-1: none). */
    public void select(int chip) {
        selected.set(chip);
    }

    /** Selects the chip under {@code x, y} on the canvas, if any. */
    public void pick(double x, double y) {
        RunProjection r = run.get();
        int chip = r == null ? -1 : RunFrames.chipAt(r.timeline(), viewport.get(), filter.get(), x, y);
        if (chip >= 0) {
            selected.set(chip);
        }
    }

    /** Selects the next chip with {@code mark} after the selection; says so when there is none. */
    public boolean next(Mark mark) {
        return jump(mark, navigator == null ? -1 : navigator.next(mark, selected.get(), filter.get()), "after");
    }

    /** Selects the previous chip with {@code mark} before the selection; says so when there is none. */
    public boolean previous(Mark mark) {
        return jump(mark, navigator == null ? -1 : navigator.previous(mark, selected.get(), filter.get()), "before");
    }

    private boolean jump(Mark mark, int chip, String where) {
        if (chip < 0) {
            status.set("No " + mark.label() + " " + (selected.get() < 0 ? "" : where + " the selected chip ")
                    + (filter.get().isAll() ? "" : "in the filter"));
            return false;
        }
        selected.set(chip);
        return true;
    }

    /**
     * Shows divergence {@code d}: selects its chip (showing all chips if the filter hid it), or,
     * when it belongs to no operation, shows its sentence alone.
     */
    public void show(DivergenceEntry d) {
        if (run.get() == null || d == null || (d.chip() >= 0 && d.chip() == selected.get())) {
            return;
        }
        selectedDivergence.set(d);
        if (d.chip() < 0) {
            selected.set(-1);
            details.set(d.details());
            return;
        }
        showChip(d.chip());
    }

    /** Selects {@code chip}, showing all chips when the filter hides it: what was asked for is shown. */
    private void showChip(int chip) {
        if (!run.get().timeline().accepts(filter.get(), chip)) {
            filter.set(RunFilter.ALL);
        }
        selected.set(chip);
    }

    /** Selects a chip by {@code msg_id} ({@code 7}, {@code "a"}) or line number ({@code line 9}, {@code :9}). */
    public boolean find(String text) {
        RunProjection r = run.get();
        String q = text == null ? "" : text.strip();
        if (r == null || q.isEmpty()) {
            return false;
        }
        int chip = -1;
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.startsWith("line ") || lower.startsWith(":")) {
            String digits = lower.startsWith(":")
                    ? q.substring(1).strip()
                    : q.substring(5).strip();
            try {
                chip = r.chipAtLine(Integer.parseInt(digits));
            } catch (NumberFormatException e) {
                chip = -1;
            }
        } else {
            List<Integer> chips = r.chipsWithMsgId(q);
            // msg_ids repeat across clients: each find goes on to the next one after the selection
            int from = selected.get();
            chip = chips.stream().filter(c -> c > from).findFirst().orElse(chips.isEmpty() ? -1 : chips.get(0));
        }
        if (chip < 0) {
            status.set("Nothing found for " + q + " (a msg_id, or line N)");
            return false;
        }
        showChip(chip);
        return true;
    }

    /** Takes the open run into the main window as a scenario, when it is small enough. */
    public void editAsScenario() {
        RunProjection r = run.get();
        if (r != null && r.editable()) {
            edit.edit(r.session().scenario());
        }
    }

    /** The canvas is {@code width} pixels wide now: a fitted run fits again, keeping the selection in view. */
    public void resize(double width) {
        RunViewport was = viewport.get();
        RunViewport now = was.resized(width);
        if (was.fitted() && now.sized() && now != was && selected.get() >= 0 && run.get() != null) {
            now = now.revealed(run.get().timeline().time(selected.get()));
        }
        viewport.set(now);
    }

    /** The whole run in view. */
    public void fit() {
        viewport.set(viewport.get().fit());
    }

    /** Zooms by {@code factor} around {@code x} (pixels from the canvas's left edge). */
    public void zoomAt(double factor, double x) {
        viewport.set(viewport.get().zoomedAt(factor, x));
    }

    public void zoomIn() {
        zoomAt(2, viewport.get().width() / 2);
    }

    public void zoomOut() {
        zoomAt(0.5, viewport.get().width() / 2);
    }

    /** Shows {@code pixelsPerTick}, the left edge where it was. */
    public void zoomTo(double pixelsPerTick) {
        viewport.set(viewport.get().atScale(pixelsPerTick));
    }

    /** Scrolls so that {@code tick} is at the left edge (as far as the run goes). */
    public void scrollTo(double tick) {
        viewport.set(viewport.get().scrolledTo(tick));
    }

    /**
     * The mouse wheel: with {@code zoom} (Ctrl held) it zooms around {@code x}, else it scrolls in
     * time by its delta (a horizontal one if there is, else the vertical one).
     */
    public void wheel(double deltaX, double deltaY, boolean zoom, double x) {
        if (zoom) {
            zoomAt(deltaY > 0 ? 1.25 : 0.8, x);
        } else {
            viewport.set(viewport.get().scrolledBy(deltaX != 0 ? deltaX : deltaY));
        }
    }

    /** What the canvas draws now, for a canvas {@code height} pixels high. */
    public RunFrame frame(double height) {
        return RunFrames.of(run.get(), viewport.get(), filter.get(), selected.get(), height);
    }

    private static String names(List<Path> files) {
        return files.stream()
                .map(p -> String.valueOf(p.getFileName()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }
}

package io.conflictexplorer.gui.schemes.model;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.platform.Preset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;

/**
 * What the compare window binds to: the main window's scenario and time cursor, followed read-only,
 * shown under two to four clock schemes side by side ({@link #frameProperty()}), and the commands
 * its toggles call. Plain JavaFX properties, no toolkit: tested without a window.
 *
 * <p>A new scenario (a preset, a file, every edit) is run under every scheme on {@code background}
 * and published on {@code fx}; an older run that finishes after a newer one began is dropped. A
 * cursor move, a scheme toggled or a column expanded only projects the run already made. While
 * inactive (its window closed) it follows nothing and runs nothing.
 *
 * <p>It opens on LWW and the client version vectors, the main window's two; a preset of the
 * gallery shows the schemes its story is about ({@link Preset#schemes()}), when it opens and
 * whenever one is loaded while the window is open.
 */
public final class CompareViewModel {

    /** The fewest columns: a comparison. */
    public static final int MIN_SHOWN = 2;
    /** The most columns: four fit side by side at 1920 pixels. */
    public static final int MAX_SHOWN = 4;
    /** The opening columns: the main window's two. */
    public static final List<Scheme> DEFAULT = List.of(Scheme.LWW, Scheme.CLIENT_VV);

    private final ObservableValue<Scenario> scenario;
    private final ObservableIntegerValue cursor;
    private final ObservableValue<Preset> preset;
    private final ObservableBooleanValue hidden;
    private final Executor background;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<CompareFrame> frame = new ReadOnlyObjectWrapper<>(CompareFrame.EMPTY);
    private final List<Scheme> shown = new ArrayList<>(DEFAULT);
    private final Set<Scheme> expanded = EnumSet.noneOf(Scheme.class);

    private CompareProjection run;
    /**
     * Counts the runs asked for: only the latest one runs (a drag asks once per tick; the ones it
     * overtook are skipped on the background thread) and only its result is shown.
     */
    private volatile long asked;

    private boolean active;
    private Stepping stepping = Stepping.NONE;
    private String status = "";

    /** What each column's narration asks while the main window hides the step's result (predict, then reveal). */
    public static final String PREDICT_QUESTION =
            "? What does this scheme store after this step? Decide, then reveal (R or PageDown in the main window).";

    /** As the full constructor, never hiding a result (no predict, then reveal). */
    public CompareViewModel(
            ObservableValue<Scenario> scenario,
            ObservableIntegerValue cursor,
            ObservableValue<Preset> preset,
            Executor background,
            Executor fx) {
        this(scenario, cursor, preset, new SimpleBooleanProperty(false), background, fx);
    }

    /**
     * @param scenario   the main window's scenario
     * @param cursor     the main window's time cursor: client version vector steps applied
     * @param preset     the preset the main window shows, unedited, or null
     * @param hidden     true while the main window hides the result of the step at the cursor
     *                   (predict, then reveal): the columns then show the state before that step
     *                   and ask, as the main window's panels do
     * @param background where a scenario is run under every scheme
     * @param fx         where its result is published (the FX thread)
     */
    public CompareViewModel(
            ObservableValue<Scenario> scenario,
            ObservableIntegerValue cursor,
            ObservableValue<Preset> preset,
            ObservableBooleanValue hidden,
            Executor background,
            Executor fx) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.preset = Objects.requireNonNull(preset, "preset");
        this.hidden = Objects.requireNonNull(hidden, "hidden");
        this.background = background;
        this.fx = fx;
        scenario.addListener((o, was, now) -> {
            if (active) {
                rerun();
            }
        });
        cursor.addListener((o, was, now) -> {
            if (active) {
                project();
            }
        });
        hidden.addListener((o, was, now) -> {
            if (active) {
                project();
            }
        });
        preset.addListener((o, was, now) -> {
            if (active) {
                showSchemesOf(now);
            }
        });
    }

    /** The window at the cursor. */
    public ReadOnlyObjectProperty<CompareFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public CompareFrame getFrame() {
        return frame.get();
    }

    /** The window opened: follow the main window again, from what it shows now. */
    public void activate() {
        if (!active) {
            active = true;
            showSchemesOf(preset.getValue());
            rerun();
        }
    }

    /** The window closed: follow nothing, run nothing. */
    public void deactivate() {
        active = false;
        asked++; // a run under way is dropped
    }

    public boolean isActive() {
        return active;
    }

    /** The main window's step commands, which {@link #stepping()} runs. */
    public void stepWith(Stepping stepping) {
        this.stepping = Objects.requireNonNull(stepping, "stepping");
    }

    /** Steps the main window (and so this one): the commands its keys run. */
    public Stepping stepping() {
        return stepping;
    }

    /** The shown schemes, in the window's order. */
    public List<Scheme> shown() {
        return List.copyOf(shown);
    }

    /**
     * Shows {@code scheme} if hidden, hides it if shown: never fewer than {@link #MIN_SHOWN} nor
     * more than {@link #MAX_SHOWN} (a toggle that would is ignored, and its option is disabled).
     */
    public void toggle(String scheme) {
        Scheme s = Scheme.parse(scheme);
        if (shown.contains(s)) {
            if (shown.size() > MIN_SHOWN) {
                shown.remove(s);
                expanded.remove(s);
            }
        } else if (shown.size() < MAX_SHOWN) {
            shown.add(s);
            shown.sort(null); // the schemes' own order: lww, client-vv, server-vv, server-vv-merged, dvv
        }
        project();
    }

    /** Shows {@code schemes} (two to four), in their own order. */
    public void show(List<Scheme> schemes) {
        if (schemes.size() < MIN_SHOWN || schemes.size() > MAX_SHOWN) {
            throw new IllegalArgumentException(
                    "the window shows " + MIN_SHOWN + " to " + MAX_SHOWN + " schemes, not " + schemes.size());
        }
        shown.clear();
        schemes.stream().distinct().sorted().forEach(shown::add);
        expanded.retainAll(shown);
        project();
    }

    /** Names every value of {@code scheme}'s column, or folds a long list of siblings back into a count. */
    public void toggleExpanded(String scheme) {
        Scheme s = Scheme.parse(scheme);
        if (!expanded.remove(s)) {
            expanded.add(s);
        }
        project();
    }

    /** The options: each scheme, shown or not, and whether its toggle may change now. */
    List<SchemeOption> options() {
        List<SchemeOption> out = new ArrayList<>();
        for (Scheme s : Scheme.values()) {
            boolean on = shown.contains(s);
            boolean enabled = on ? shown.size() > MIN_SHOWN : shown.size() < MAX_SHOWN;
            out.add(new SchemeOption(s.wireName(), s.title(), on, enabled));
        }
        return out;
    }

    private void showSchemesOf(Preset p) {
        if (p != null && p.gallery()) {
            show(p.schemes());
        }
    }

    private void rerun() {
        Scenario s = scenario.getValue();
        if (s == null) {
            return;
        }
        long mine = ++asked;
        status = "Running the scenario under every clock scheme ...";
        project();
        background.execute(() -> {
            if (mine != asked) {
                return; // overtaken before it began: a newer scenario is queued
            }
            CompareProjection made;
            String failure = "";
            try {
                made = CompareProjection.run(s);
            } catch (RuntimeException e) {
                made = null;
                failure = "Cannot run the scenario under every scheme: " + e.getMessage();
            }
            CompareProjection result = made;
            String said = failure;
            fx.execute(() -> {
                if (mine != asked) {
                    return; // a newer scenario, or the window closed
                }
                if (result != null) {
                    run = result;
                }
                status = said;
                project();
            });
        });
    }

    private void project() {
        if (run == null) {
            frame.set(new CompareFrame("", "", 0, 0, options(), List.of(), false, status));
            return;
        }
        int k = cursor.get();
        boolean hide = hidden.get() && k > 0;
        CompareFrame f = run.frame(hide ? k - 1 : k, shown, expanded, options());
        List<SchemeColumn> columns = f.columns();
        if (hide) {
            // the state before the step, and a question instead of what the step did
            columns = columns.stream()
                    .map(c -> new SchemeColumn(
                            c.scheme(),
                            c.title(),
                            c.acknowledged(),
                            c.visible(),
                            c.lost(),
                            c.clockSize(),
                            c.siblings(),
                            c.replicas(),
                            "",
                            PREDICT_QUESTION,
                            false,
                            c.folded(),
                            c.expanded()))
                    .toList();
        }
        frame.set(new CompareFrame(
                f.title(),
                run.step(k),
                Math.min(k, run.steps()),
                f.steps(),
                f.options(),
                columns,
                f.cluster(),
                status));
    }
}

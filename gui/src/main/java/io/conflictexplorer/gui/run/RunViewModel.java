package io.conflictexplorer.gui.run;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.check.run.RunSource;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.check.transcript.RunFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the run window, without JavaFX nodes: the open {@link RunSession}, the selected
 * chip and its {@link ChipDetails}, the {@link RunFilter}, and the commands (open, next and
 * previous mark, find). Opening reads and simulates on {@code background} and hands the result to
 * the FX thread; a failed open reports why ({@link #failureProperty()}) and leaves the open run as
 * it was; lines that could not be taken are reported together ({@link #problemsProperty()}) while
 * the readable ones open.
 */
public final class RunViewModel {

    /** Why an open failed, for the user: a title and the message. */
    public record Failure(String title, String message) {}

    private final Executor background;
    private final ObjectProperty<RunSession> session = new SimpleObjectProperty<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ChipDetails> details = new SimpleObjectProperty<>(ChipDetails.NONE);
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(RunFilter.ALL);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Failure> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<List<LineProblem>> problems = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private RunNavigator navigator;

    /** @param background where files are read and simulated (not the FX thread: a long run takes seconds) */
    public RunViewModel(Executor background) {
        this.background = background;
        selected.addListener((o, was, now) ->
                details.set(session.get() == null ? ChipDetails.NONE : ChipDetails.of(session.get(), now.intValue())));
        filter.addListener((o, was, now) -> {
            RunSession s = session.get();
            int chip = selected.get();
            if (s != null && chip >= 0 && !s.timeline().accepts(now, chip)) {
                selected.set(-1); // a hidden chip stays unselected
            }
        });
    }

    public ReadOnlyObjectProperty<RunSession> sessionProperty() {
        return session;
    }

    public RunSession getSession() {
        return session.get();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ChipDetails> detailsProperty() {
        return details;
    }

    public ObjectProperty<RunFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The last failed open (set anew for each), or null. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure;
    }

    /** The lines of the last open that could not be taken (set anew for each open that had some). */
    public ReadOnlyObjectProperty<List<LineProblem>> problemsProperty() {
        return problems;
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /**
     * Opens {@code files} as one run (see {@link RunFiles#open}); {@code done} gets true on the FX
     * thread when it opened, false when it failed.
     */
    public void open(List<Path> files, Consumer<Boolean> done) {
        opening.set(true);
        status.set("Opening " + names(files) + "...");
        background.execute(() -> {
            RunSession opened = null;
            String error = null;
            try {
                opened = RunSession.of(RunFiles.open(files));
            } catch (RunFileException e) {
                error = e.getMessage();
            } catch (RuntimeException e) { // a bug must not leave the window waiting forever
                error = "It could not be opened: " + e;
            }
            RunSession result = opened;
            String why = error;
            Platform.runLater(() -> {
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

    /** Shows {@code s}, replacing the run shown before. */
    public void show(RunSession s) {
        selected.set(-1);
        filter.set(RunFilter.ALL);
        navigator = new RunNavigator(s.timeline());
        session.set(s);
        details.set(ChipDetails.NONE);
        status.set(summary(s));
        if (!s.run().problems().isEmpty()) {
            problems.set(s.run().problems());
        }
    }

    /** One line about the run: what it holds and, with replies, whether the node agrees. */
    static String summary(RunSession s) {
        RunTimeline t = s.timeline();
        String verdict = !s.run().hasReplies()
                ? "no replies compared"
                : s.divergences().isEmpty()
                        ? "the node's replies agree with the rules"
                        : s.divergences().size() + " divergence"
                                + (s.divergences().size() == 1 ? "" : "s");
        int format = s.run().formatDivergences().size();
        return plural(t.size(), "operation") + ", " + plural(t.clientLanes(), "client") + ", "
                + plural(t.keys().size(), "key") + "; " + verdict
                + (format > 0 ? "; " + plural(format, "format difference") : "")
                + "; " + plural(t.count(Mark.LOSS), "LWW loss") + ", " + plural(t.count(Mark.CONFLICT), "conflict")
                + (s.editable()
                        ? ""
                        : "; read-only (above the edit limit of "
                                + String.format(Locale.ROOT, "%,d", RunSession.EDIT_LIMIT) + " operations)")
                + (s.run().problems().isEmpty()
                        ? ""
                        : "; " + plural(s.run().problems().size(), "line") + " skipped");
    }

    private static String plural(int n, String word) {
        return String.format(Locale.ROOT, "%,d ", n) + word + (n == 1 ? "" : word.endsWith("s") ? "es" : "s");
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
    public void show(Divergence d) {
        RunSession s = session.get();
        if (s == null || d == null) {
            return;
        }
        int chip = s.chipOf(d);
        if (chip < 0) {
            selected.set(-1);
            details.set(ChipDetails.of(d));
            return;
        }
        if (!s.timeline().accepts(filter.get(), chip)) {
            filter.set(RunFilter.ALL);
        }
        selected.set(chip);
    }

    /** Selects a chip by {@code msg_id} ({@code 7}, {@code "a"}) or line number ({@code line 9}, {@code :9}). */
    public boolean find(String text) {
        RunSession s = session.get();
        String q = text == null ? "" : text.strip();
        if (s == null || q.isEmpty()) {
            return false;
        }
        String id = null;
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.startsWith("line ") || lower.startsWith(":")) {
            String digits = lower.startsWith(":")
                    ? q.substring(1).strip()
                    : q.substring(5).strip();
            try {
                int line = Integer.parseInt(digits);
                id = operationAtLine(s, line);
            } catch (NumberFormatException e) {
                id = null;
            }
        } else {
            List<String> ids = s.run().index().operationsWithMsgId(q);
            if (ids.isEmpty() && !q.startsWith("\"")) {
                ids = s.run().index().operationsWithMsgId("\"" + q + "\"");
            }
            // msg_ids repeat across clients: each find goes on to the next one after the selection
            int from = selected.get();
            for (String candidate : ids) {
                if (s.timeline().chipOf(candidate) > from) {
                    id = candidate;
                    break;
                }
            }
            if (id == null && !ids.isEmpty()) {
                id = ids.get(0);
            }
        }
        int chip = id == null ? -1 : s.timeline().chipOf(id);
        if (chip < 0) {
            status.set("Nothing found for " + q + " (a msg_id, or line N)");
            return false;
        }
        if (!s.timeline().accepts(filter.get(), chip)) {
            filter.set(RunFilter.ALL); // what was asked for is shown, even outside the filter
        }
        selected.set(chip);
        return true;
    }

    /** The operation asked for at {@code line} of any of the run's files (the first file first), or null. */
    private static String operationAtLine(RunSession s, int line) {
        for (int chip = 0; chip < s.timeline().size(); chip++) {
            RunSource src = s.run().index().source(s.timeline().id(chip));
            if (src != null && src.line() == line) {
                return s.timeline().id(chip);
            }
        }
        return null;
    }

    private static String names(List<Path> files) {
        return files.stream()
                .map(p -> String.valueOf(p.getFileName()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }
}

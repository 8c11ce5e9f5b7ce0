package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random editing sessions through everything a teacher can do ({@link EditingSession}: lanes and
 * replicas added and removed, reads, writes, blind and derived writes, chips dragged, nudged, sent
 * and deleted, links cut, healed and their cuts moved, skews and clock schemes, presets, files
 * saved and opened, predict and reveal, playback, zoom and Presenter, undo and redo), a few hundred
 * steps each. After every step:
 *
 * <ul>
 *   <li>nothing threw;
 *   <li>a client does one thing per tick; every write's context is the context an earlier read of
 *       the same client and key returned (both modes), and the diagram's context arrows say so;
 *   <li>the counters equal the cards the panels show (values visible, writes lost), both modes;
 *   <li>the step line names the step at the cursor, and both narrations tell of that step (or ask
 *       the class to predict it, while its result is hidden);
 *   <li>one chip per operation; the cursor within the steps; the selection an operation;
 *   <li>the autosave written after the step reads back as the scenario shown.
 * </ul>
 *
 * At the end, redoing everything, then undoing everything gives back the starting scenario (its
 * file JSON), and redoing everything gives back the end. A failure prints the shrunk list of
 * commands, and the commands as they resolved (which chip, which lane) and the scenario's file
 * JSON in the message. What it found is kept as examples where the rule lives:
 * {@code ClusterEditingTest.aWriteLostAtTwoReplicasIsOneLostCard} and {@code
 * ExplorerViewModelTest.undoingTheAdditionOfTheSelectedChipRedrawsWithoutAnException}.
 *
 * <p>The default run is jqwik's 1,000 sessions of {@value #STEPS} commands (about 50 s of CPU on
 * the 2-core machine); {@code -Djqwik.tries.default=N} runs N sessions (no other property of
 * this module takes its tries from the default) and {@code -Dsessions.steps=N} makes them longer.
 */
class EditingSessionProperties {

    static final int STEPS = 250;
    /** How many edits the undo stack keeps (UndoStack's limit); the default sessions never reach it. */
    static final int UNDO_LIMIT = 500;

    @Property
    void everyStepKeepsTheModelsRulesAndHistoryGivesBackBothEnds(@ForAll("sessions") ActionChain<Run> chain) {
        Run end = chain.withInvariant("the rules after every step", Run::check).run();
        // how long the sessions were (shown with -Djqwik.reporting.onlyfailures=false)
        Statistics.label("commands").collect(end.done.size() / 50 * 50 + "+");
        end.checkHistory();
    }

    /** Sessions made by the try (and by shrinking), closed whether it passed or not. */
    private static final List<Run> OPEN = new ArrayList<>();

    @AfterTry
    void closeTheSessions() {
        OPEN.forEach(Run::close);
        OPEN.clear();
    }

    @Provide
    Arbitrary<ActionChain<Run>> sessions() {
        return ActionChain.startWith(Run::new)
                .withAction(3, command("add client", s -> {
                    s.addClient();
                    return "add client " + s.activeClient();
                }))
                .withAction(2, pick("remove client", Run::clients, (s, c) -> s.removeClient(c) + ""))
                .withAction(2, pick("select lane", Run::clients, (s, c) -> {
                    s.selectLane(c);
                    return "";
                }))
                .withAction(2, command("add replica", s -> {
                    s.addReplica();
                    return s.replicaIds().toString();
                }))
                .withAction(1, pick("remove replica", Run::replicas, (s, r) -> s.removeReplica(r) + ""))
                .withAction(2, among("new key", List.of("", "x", "y", "cart", "two words"), (s, k) -> {
                    s.setNewKey(k);
                    return "";
                }))
                .withAction(4, command("add read", s -> {
                    s.addRead();
                    return s.selected();
                }))
                .withAction(5, command("add write", s -> {
                    s.addWrite();
                    return s.selected();
                }))
                .withAction(5, pickAt("add read on lane", Run::clients, (s, c, t) -> {
                    s.addReadAt(c, t);
                    return s.selected();
                }))
                .withAction(5, pickAt("add write on lane", Run::clients, (s, c, t) -> {
                    s.addWriteAt(c, t);
                    return s.selected();
                }))
                .withAction(4, pick("select", Run::operations, (s, id) -> {
                    s.select(id);
                    return "";
                }))
                .withAction(
                        4,
                        pickAmong(
                                "edit write",
                                Run::writes,
                                List.of(
                                        "+flour",
                                        "+egg",
                                        "merge",
                                        "\"merge\"",
                                        "v9",
                                        "x=+milk",
                                        "cart+=jam",
                                        "y=merge",
                                        "k=v",
                                        "+ two words",
                                        "",
                                        "=x"),
                                (s, id, text) -> s.editWrite(id, text) + ""))
                .withAction(
                        1,
                        pickAmong(
                                "edit read's key",
                                Run::reads,
                                List.of("x", "y", "cart", " "),
                                (s, id, k) -> s.editReadKey(id, k) + ""))
                .withAction(2, pick("blind (selected)", Run::writes, (s, id) -> {
                    s.select(id);
                    s.toggleBlind();
                    return "";
                }))
                .withAction(2, command("delete selected", s -> {
                    String sel = s.selected();
                    s.deleteSelected();
                    return sel;
                }))
                .withAction(2, pick("delete", Run::operations, (s, id) -> {
                    s.deleteOperation(id);
                    return "";
                }))
                .withAction(4, dragChip())
                .withAction(2, pickAt("drag chip, no release yet", Run::operations, (s, id, t) -> {
                    s.pressChip(id);
                    s.dragChipTo(t);
                    return "";
                }))
                .withAction(1, command("release anywhere", s -> {
                    s.releaseAnywhere();
                    return "";
                }))
                .withAction(3, pickAmong("nudge", Run::operations, List.of(-3, -2, -1, 1, 2, 3), (s, id, d) -> {
                    s.select(id);
                    return s.nudgeSelected(d) + "";
                }))
                .withAction(2, pickAmong("send to", Run::operations, List.of(0, 1, 2, 3), (s, id, i) -> {
                    List<String> rs = s.replicaIds();
                    if (rs.isEmpty()) {
                        return "no replicas";
                    }
                    String r = rs.get(i % rs.size());
                    s.sendTo(id, r);
                    return r;
                }))
                .withAction(3, link("cut or heal"))
                .withAction(1, command("cut or heal at the cursor", s -> {
                    List<String> rs = s.replicaIds();
                    if (rs.size() < 2) {
                        return "no link";
                    }
                    s.toggleLinkAtCursor(rs.get(0), rs.get(rs.size() - 1));
                    return rs.get(0) + "-" + rs.get(rs.size() - 1);
                }))
                .withAction(3, movePartition())
                .withAction(2, skew())
                .withAction(1, among("clock scheme", List.of(ClockScheme.values()), (s, c) -> {
                    s.setScheme(c);
                    return "";
                }))
                .withAction(2, among("predict mode", List.of(true, false), (s, on) -> {
                    s.setPredict(on);
                    return "";
                }))
                .withAction(4, command("step forward", s -> {
                    s.stepForward();
                    return "cursor " + s.cursor();
                }))
                .withAction(2, command("step back", s -> {
                    s.stepBack();
                    return "cursor " + s.cursor();
                }))
                .withAction(1, command("reveal", s -> {
                    s.reveal();
                    return "";
                }))
                .withAction(2, among("cursor to", List.of(0, 1, 2, 3, 5, 8, 13, 40), (s, c) -> {
                    s.setCursor(c);
                    return "cursor " + s.cursor();
                }))
                .withAction(1, command("first step", s -> {
                    s.firstStep();
                    return "";
                }))
                .withAction(1, command("last step", s -> {
                    s.lastStep();
                    return "";
                }))
                .withAction(1, among("play", List.of(1, 2, 5), (s, ticks) -> {
                    s.play(ticks);
                    return "cursor " + s.cursor();
                }))
                .withAction(1, among("zoom", List.of("in", "out", "presenter", "desk", "blank"), (s, z) -> {
                    switch (z) {
                        case "in" -> s.zoomIn();
                        case "out" -> s.zoomOut();
                        case "presenter" -> s.setPresenter(true);
                        case "desk" -> s.setPresenter(false);
                        default -> s.toggleBlank();
                    }
                    return "";
                }))
                .withAction(
                        2,
                        among(
                                "load preset",
                                Models.PRESETS.stream().map(p -> p.title()).toList(),
                                (s, t) -> {
                                    s.loadPreset(Models.preset(t));
                                    return "";
                                }))
                .withAction(1, command("new scenario", s -> {
                    s.newScenario();
                    return "";
                }))
                .withAction(
                        1, among("retitle", List.of("A", "Two writers", " "), (s, t) -> s.retitle(t, "said " + t) + ""))
                .withAction(2, file("save", (run, f) -> run.session.save(f) + ""))
                .withAction(2, file("open", (run, f) -> run.session.open(f) + ""))
                .withAction(6, command("undo", s -> {
                    s.undo();
                    return "";
                }))
                .withAction(4, command("redo", s -> {
                    s.redo();
                    return "";
                }))
                .withMaxTransformations(Integer.getInteger("sessions.steps", STEPS));
    }

    // ---- the state: a session, where it started, what it did ---------------------------------

    /** One session, the scenario it started with, the commands as they resolved. */
    static final class Run {
        final Path dir;
        final EditingSession session;
        final String startJson;
        final List<String> done = new ArrayList<>();

        /** What a property listener threw: JavaFX hands it to the thread's handler and carries on. */
        final List<Throwable> swallowed = new ArrayList<>();

        Run() {
            try {
                dir = Files.createTempDirectory(scratch(), "editing-session");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> swallowed.add(e));
            OPEN.add(this);
            session = new EditingSession(dir.resolve("home"));
            startJson = ScenarioFiles.toJson(session.scenario());
        }

        List<String> clients() {
            return session.scenario().clients();
        }

        List<String> replicas() {
            return session.replicaIds();
        }

        List<String> operations() {
            return session.scenario().operations().stream().map(Operation::id).toList();
        }

        List<String> writes() {
            return session.scenario().operations().stream()
                    .filter(o -> o instanceof Operation.Write)
                    .map(Operation::id)
                    .toList();
        }

        List<String> reads() {
            return session.scenario().operations().stream()
                    .filter(o -> o instanceof Operation.Read)
                    .map(Operation::id)
                    .toList();
        }

        Run apply(String command, Function<EditingSession, String> body) {
            String said = body.apply(session);
            done.add(said == null || said.isEmpty() ? command : command + " -> " + said);
            return this;
        }

        /** The commands as they resolved, the last ones last. */
        String trail() {
            int from = Math.max(0, done.size() - 25);
            return "after " + done.size() + " commands, the last ones:\n  "
                    + String.join("\n  ", done.subList(from, done.size()))
                    + "\nthe scenario, as its file would say:\n" + ScenarioFiles.toJson(session.scenario());
        }

        private void require(boolean ok, Supplier<String> what) {
            if (!ok) {
                throw new AssertionError(what.get() + "\n" + trail());
            }
        }

        // ---- the rules after every step ------------------------------------------------------

        void check() {
            if (!swallowed.isEmpty()) {
                throw new AssertionError("a listener threw " + swallowed.get(0) + "\n" + trail(), swallowed.get(0));
            }
            Scenario s = session.scenario();
            Simulation sim = session.simulation();
            require(sim.scenario().equals(s), () -> "the run shown is the scenario's");
            oneOperationPerClientPerTick(s);
            for (Trace t : List.of(sim.lww(), sim.vv())) {
                contextsComeFromEarlierReads(t);
            }
            arrowsComeFromEarlierReads(s, session.diagram());
            countersEqualCards(session.lwwPanel(), "LWW");
            countersEqualCards(session.vvPanel(), "VV");
            narrationNamesTheStep(sim);
            Set<String> chips = new HashSet<>();
            session.diagram().chips().forEach(c -> chips.add(c.id()));
            require(chips.equals(new HashSet<>(operations())), () -> "one chip per operation: " + chips);
            require(session.diagram().chips().size() == s.operations().size(), () -> "one chip per operation, no more");
            require(
                    session.selected() == null || s.operation(session.selected()) != null,
                    () -> "the selection is an operation: " + session.selected());
            require(s.clients().contains(session.activeClient()), () -> "the active lane is a lane");
            autosaveReadsBack(s);
        }

        private void oneOperationPerClientPerTick(Scenario s) {
            Set<String> used = new HashSet<>();
            for (Operation op : s.operations()) {
                require(
                        used.add(op.client() + "@" + op.time()),
                        () -> op.client() + " does two things at t=" + op.time() + ": " + s.operations());
            }
        }

        /** Every write's context is what an earlier read of its client returned for its key, in that mode. */
        private void contextsComeFromEarlierReads(Trace t) {
            for (Step step : t.steps()) {
                if (!(step instanceof Step.Write w) || w.operation().context() != null) {
                    continue;
                }
                Supplier<String> what = () -> t.mode() + " " + w.operation();
                if (w.operation().blind()) {
                    require(
                            w.context().isEmpty() && w.contextRead() == null,
                            () -> what.get() + " is blind: no context");
                    continue;
                }
                if (w.contextRead() == null) {
                    require(w.context().isEmpty(), () -> what.get() + " carries " + w.context() + " from no read");
                    continue;
                }
                Step.Read r = t.readOf(w.contextRead());
                require(r != null, () -> what.get() + ": its context's read " + w.contextRead() + " is no read");
                require(r.index() < w.index(), () -> what.get() + ": its context's read comes later");
                require(
                        r.operation().client().equals(w.operation().client())
                                && r.operation().key().equals(w.operation().key()),
                        () -> what + ": its context comes from " + r.operation());
                require(
                        r.read().context().equals(w.context()),
                        () -> what + " carries " + w.context() + ", its read returned "
                                + r.read().context());
            }
        }

        private void arrowsComeFromEarlierReads(Scenario s, DiagramModel d) {
            for (DiagramModel.Arrow a : d.arrows()) {
                Operation r = s.operation(a.read());
                Operation w = s.operation(a.write());
                require(
                        r instanceof Operation.Read && w instanceof Operation.Write,
                        () -> "an arrow from a read to a write: " + a);
                require(
                        r.client().equals(w.client()) && r.time() < w.time(),
                        () -> "a context arrow from an earlier read of the same client: " + r + " -> " + w);
            }
        }

        /** Values visible: the cards stored (in a cluster, each write once, wherever stored); lost: the LOST cards. */
        private void countersEqualCards(PanelState p, String mode) {
            int visible;
            int lost;
            if (p.isCluster()) {
                Set<String> stored = new HashSet<>();
                p.replicas().forEach(r -> r.keys().forEach(k -> k.values().forEach(c -> stored.add(c.operation()))));
                visible = stored.size();
                lost = p.lost().size();
            } else {
                visible = p.keys().stream().mapToInt(k -> k.values().size()).sum();
                lost = p.keys().stream().mapToInt(k -> k.lost().size()).sum();
            }
            require(
                    p.counters().visible() == visible && p.counters().lost() == lost,
                    () -> mode + " counters " + p.counters() + ", cards: " + visible + " visible, " + lost + " lost: "
                            + p);
        }

        private void narrationNamesTheStep(Simulation sim) {
            int cursor = session.cursor();
            int steps = session.stepCount();
            require(steps == sim.vv().size(), () -> "the step count is the run's: " + steps);
            require(cursor >= 0 && cursor <= steps, () -> "the cursor within the steps: " + cursor);
            String line = session.stepText();
            boolean hidden = session.resultHidden();
            require(!hidden || session.predicting(), () -> "a result is hidden only in predict mode");
            if (cursor == 0) {
                require(line.equals("start, step 0 of " + steps), () -> "step line " + line);
                require(!hidden, () -> "nothing to hide before the first step");
                require(
                        session.vvNarration().equals(TraceProjection.NOTHING_YET)
                                && session.lwwNarration().equals(TraceProjection.NOTHING_YET),
                        () -> "before the first step: " + session.vvNarration());
                return;
            }
            Step step = sim.vv().steps().get(cursor - 1);
            String named = "step " + cursor + " of " + steps + ", t=" + step.time();
            require(line.startsWith(named), () -> "step line " + line + ", expected " + named);
            require(
                    line.endsWith(": predict, then reveal (R)") == hidden,
                    () -> "the step line says to predict: " + line);
            if (hidden) {
                require(
                        session.vvNarration().equals(LessonMode.PREDICT_QUESTION)
                                && session.lwwNarration().equals(LessonMode.PREDICT_QUESTION),
                        () -> "a hidden result is asked about");
                return;
            }
            require(
                    session.vvNarration().equals(Narration.of(sim.vv(), step)),
                    () -> "VV narration " + session.vvNarration() + " for " + step);
            if (step instanceof Step.OfOperation o) {
                Operation op = o.operation();
                String who = op.client() + (op instanceof Operation.Write ? " writes " : " reads ") + op.key();
                require(session.vvNarration().startsWith(who), () -> "VV narration names " + who);
                require(
                        session.lwwNarration().startsWith(who),
                        () -> "LWW narration " + session.lwwNarration() + " names " + who);
            }
        }

        private void autosaveReadsBack(Scenario s) {
            Path file = session.autosaveNow();
            try {
                require(ScenarioFiles.read(file).equals(s), () -> "the autosave reads back as the scenario shown");
            } catch (ScenarioFileException e) {
                throw new AssertionError("the autosave does not read back: " + e.getMessage() + "\n" + trail(), e);
            }
        }

        // ---- at the end: the history ---------------------------------------------------------

        void checkHistory() {
            while (session.canRedo()) {
                session.redo();
            }
            String end = ScenarioFiles.toJson(session.scenario());
            int undone = 0;
            while (session.canUndo()) {
                session.undo();
                undone++;
            }
            if (undone < UNDO_LIMIT) { // else the oldest edits fell off the stack: the start is out of reach
                assertEquals(
                        startJson,
                        ScenarioFiles.toJson(session.scenario()),
                        "undoing all " + undone + " edits\n" + trail());
            }
            while (session.canRedo()) {
                session.redo();
            }
            assertEquals(end, ScenarioFiles.toJson(session.scenario()), "redoing them all\n" + trail());
        }

        void close() {
            Thread.currentThread().setUncaughtExceptionHandler(null);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }

        @Override
        public String toString() {
            return "session after " + done.size() + " commands";
        }
    }

    // ---- the commands as jqwik actions -------------------------------------------------------

    interface Body<A> {
        String run(EditingSession s, A arg);
    }

    interface Body2<A, B> {
        String run(EditingSession s, A a, B b);
    }

    private static Action.Independent<Run> command(String name, Function<EditingSession, String> body) {
        return Action.just(Transformer.mutate(name, run -> run.apply(name, body)));
    }

    private static <A> Action.Independent<Run> among(String name, List<A> values, Body<A> body) {
        return () -> Arbitraries.of(values)
                .map(v -> Transformer.mutate(name + " " + v, run -> run.apply(name + " " + v, s -> body.run(s, v))));
    }

    /** A command on the {@code i}-th of what {@code of} lists when it runs (wrapping round), nothing when it lists none. */
    private static Action.Independent<Run> pick(String name, Function<Run, List<String>> of, Body<String> body) {
        return () -> Arbitraries.integers()
                .between(0, 12)
                .map(i -> Transformer.mutate(name + " #" + i, run -> {
                    String it = nth(of.apply(run), i);
                    run.apply(name + " " + it, s -> it == null ? "nothing there" : body.run(s, it));
                }));
    }

    private static <A> Action.Independent<Run> pickAmong(
            String name, Function<Run, List<String>> of, List<A> values, Body2<String, A> body) {
        return () -> Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.of(values))
                .as((i, v) -> Transformer.mutate(name + " #" + i + " " + v, run -> {
                    String it = nth(of.apply(run), i);
                    run.apply(name + " " + it + " " + v, s -> it == null ? "nothing there" : body.run(s, it, v));
                }));
    }

    /** As {@link #pick}, with a tick of the time axis. */
    private static Action.Independent<Run> pickAt(
            String name, Function<Run, List<String>> of, Body2<String, Long> body) {
        return () -> Combinators.combine(
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.longs().between(-2, 30))
                .as((i, t) -> Transformer.mutate(name + " #" + i + " t=" + t, run -> {
                    String it = nth(of.apply(run), i);
                    run.apply(name + " " + it + " t=" + t, s -> it == null ? "nothing there" : body.run(s, it, t));
                }));
    }

    /** A chip pressed, dragged over a few ticks, then released or given up with Escape. */
    private static Action.Independent<Run> dragChip() {
        return () -> Combinators.combine(
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.longs().between(-2, 30).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of(true, true, true, false))
                .as((i, ticks, release) -> {
                    String name = "drag chip #" + i + " over " + ticks + (release ? "" : ", then Escape");
                    return Transformer.mutate(name, run -> {
                        String id = nth(run.operations(), i);
                        run.apply("drag " + id + " over " + ticks + (release ? "" : ", then Escape"), s -> {
                            if (id == null) {
                                return "nothing there";
                            }
                            s.pressChip(id);
                            ticks.forEach(s::dragChipTo);
                            if (release) {
                                s.releaseChip();
                                s.releaseAnywhere();
                            } else {
                                s.cancelDrag();
                            }
                            return "";
                        });
                    });
                });
    }

    /** The link between two replicas cut or healed at a tick. */
    private static Action.Independent<Run> link(String name) {
        return () -> Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(-1, 30))
                .as((a, b, t) -> Transformer.mutate(name + " #" + a + "-#" + b + " t=" + t, run -> {
                    List<String> rs = run.replicas();
                    String ra = nth(rs, a);
                    String rb = nth(rs, b);
                    run.apply(name + " " + ra + "-" + rb + " t=" + t, s -> {
                        if (ra == null || ra.equals(rb)) {
                            return "no link";
                        }
                        s.toggleLinkAtCursor(ra, rb); // the toolbar's button, at the cursor
                        s.toggleLink(ra, rb, t); // a click on the link's line at a tick
                        return "";
                    });
                }));
    }

    /** A partition bar, or one of its ends, dragged by a few ticks over one or two moves, then released. */
    private static Action.Independent<Run> movePartition() {
        return () -> Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(Topology.PartitionEdge.values()),
                        Arbitraries.longs().between(-6, 6).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(true, true, false))
                .as((i, edge, moves, release) -> {
                    String name = "drag cut #" + i + " " + edge + " by " + moves + (release ? "" : ", held");
                    return Transformer.mutate(name, run -> {
                        List<String> ids = run.session.scenario().topology().network().stream()
                                .filter(e -> e instanceof NetworkEvent.Partition)
                                .map(e -> ((NetworkEvent.Partition) e).id())
                                .toList();
                        String id = nth(ids, i);
                        run.apply("drag cut " + id + " " + edge + " by " + moves + (release ? "" : ", held"), s -> {
                            if (id == null) {
                                return "no cut";
                            }
                            moves.forEach(m -> s.dragPartition(id, edge, m));
                            if (release) {
                                s.endPartitionDrag();
                            }
                            return "";
                        });
                    });
                });
    }

    /** The skew slider dragged through a few values (or one click on its track). */
    private static Action.Independent<Run> skew() {
        return () -> Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.longs().between(-10, 10).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(true, false))
                .as((i, values, drag) -> {
                    String name = "skew #" + i + " " + values + (drag ? " (dragged)" : "");
                    return Transformer.mutate(name, run -> {
                        String r = nth(run.replicas(), i);
                        run.apply("skew " + r + " " + values + (drag ? " (dragged)" : ""), s -> {
                            if (r == null) {
                                return "no replica";
                            }
                            for (int k = 0; k < values.size(); k++) {
                                s.setSkew(r, values.get(k), drag && k < values.size() - 1);
                            }
                            return "";
                        });
                    });
                });
    }

    /** A scenario file of the session: one of three names in its folder (open of one never saved is refused). */
    private static Action.Independent<Run> file(String name, Body2Run body) {
        return () -> Arbitraries.integers()
                .between(1, 3)
                .map(n -> Transformer.mutate(name + " file" + n, run -> {
                    Path f = run.dir.resolve("lesson" + n + ".json");
                    run.apply(name + " " + f.getFileName(), s -> body.run(run, f));
                }));
    }

    interface Body2Run {
        String run(Run run, Path file);
    }

    /**
     * Where the sessions write their autosaves and files: a RAM file system when there is one, as
     * every autosave is flushed to the disk ({@code fsync}), which on a busy shared disk takes longer
     * than the step itself.
     */
    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static String nth(List<String> items, int i) {
        return items.isEmpty() ? null : items.get(i % items.size());
    }
}

package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.core.store.Loss;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run as a sequence diagram in Mermaid or PlantUML text: the clients, then the store or the
 * replicas, as participants; each read and write as a request and its reply, and each gossip
 * message as an arrow at its arrival, in delivery order ({@link RunEvents}). A message that never
 * arrives is a lost message ({@code -x}, {@code ->x}) at its send. Where LWW silently drops a write
 * a note says so, and where VV keeps siblings another; the events during a partition are shaded
 * (Mermaid's {@code rect}) or grouped (PlantUML's {@code group}). A label carries the tick of the
 * send, since a sequence diagram's rows are the order of events, not time; PlantUML also slants a
 * gossip arrow by its delay.
 */
public final class SequenceDiagram {

    /** How one language writes each element: one case per language. */
    sealed interface Dialect {

        String open(String title, SequenceNames names);

        String message(String from, String to, String label);

        String reply(String from, String to, String label);

        String gossip(String from, String to, long delay, String label);

        String lost(String from, String to, String label);

        String note(String over, String text, boolean loss);

        String shade(String first, String second, String text);

        String unshade();

        String close();
    }

    /** Mermaid's sequenceDiagram. */
    record Mermaid() implements Dialect {
        @Override
        public String open(String title, SequenceNames names) {
            StringBuilder out = new StringBuilder("sequenceDiagram\n");
            if (!title.isBlank()) {
                out.append("    title ").append(text(title)).append('\n');
            }
            for (String lane : names.lanes()) {
                out.append("    participant ").append(names.id(lane));
                if (names.aliased(lane)) {
                    out.append(" as ").append(text(lane));
                }
                out.append('\n');
            }
            return out.toString();
        }

        @Override
        public String message(String from, String to, String label) {
            return "    " + from + "->>" + to + ": " + text(label) + "\n";
        }

        @Override
        public String reply(String from, String to, String label) {
            return "    " + from + "-->>" + to + ": " + text(label) + "\n";
        }

        @Override
        public String gossip(String from, String to, long delay, String label) {
            return "    " + from + "-)" + to + ": " + text(label) + "\n";
        }

        @Override
        public String lost(String from, String to, String label) {
            return "    " + from + "-x" + to + ": " + text(label) + "\n";
        }

        @Override
        public String note(String over, String text, boolean loss) {
            return "    Note over " + over + ": " + text(text) + "\n";
        }

        @Override
        public String shade(String first, String second, String text) {
            return "    rect rgba(214, 64, 32, 0.12)\n    Note over " + first + "," + second + ": " + text(text) + "\n";
        }

        @Override
        public String unshade() {
            return "    end\n";
        }

        @Override
        public String close() {
            return "";
        }

        /**
         * A label as Mermaid reads it: {@code ;} and a line break end a statement and {@code #}
         * starts an entity code, so they are written as entity codes.
         */
        static String text(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '#' -> out.append("#35;");
                    case ';' -> out.append("#59;");
                    case '\n', '\r' -> out.append(' ');
                    default -> out.append(ch);
                }
            }
            return out.toString();
        }
    }

    /** PlantUML's sequence diagram, with the teoz engine (it draws slanted arrows). */
    record PlantUml() implements Dialect {
        /** Pixels of slant per tick of delay, at most {@link #MAX_SLANT}. */
        private static final long SLANT_PER_TICK = 8;

        private static final long MAX_SLANT = 60;

        @Override
        public String open(String title, SequenceNames names) {
            StringBuilder out = new StringBuilder("@startuml\n!pragma teoz true\n");
            if (!title.isBlank()) {
                out.append("title ").append(text(title)).append('\n');
            }
            for (String lane : names.lanes()) {
                out.append("participant \"")
                        .append(lane.replace("\"", "'"))
                        .append("\" as ")
                        .append(names.id(lane));
                out.append('\n');
            }
            return out.toString();
        }

        @Override
        public String message(String from, String to, String label) {
            return from + " -> " + to + " : " + text(label) + "\n";
        }

        @Override
        public String reply(String from, String to, String label) {
            return from + " --> " + to + " : " + text(label) + "\n";
        }

        @Override
        public String gossip(String from, String to, long delay, String label) {
            long slant = Math.min(MAX_SLANT, Math.max(0, delay) * SLANT_PER_TICK);
            return from + " ->" + (slant > 0 ? "(" + slant + ")" : "") + " " + to + " : " + text(label) + "\n";
        }

        @Override
        public String lost(String from, String to, String label) {
            return from + " ->x " + to + " : " + text(label) + "\n";
        }

        @Override
        public String note(String over, String text, boolean loss) {
            return "note over " + over + (loss ? " #FFE6DC" : " #F3E5F5") + " : " + text(text) + "\n";
        }

        @Override
        public String shade(String first, String second, String text) {
            return "group " + text(text) + "\n";
        }

        @Override
        public String unshade() {
            return "end\n";
        }

        @Override
        public String close() {
            return "@enduml\n";
        }

        /** A label on one line; PlantUML reads {@code \n} in a label as a line break, so a backslash is doubled. */
        static String text(String s) {
            return s.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
        }
    }

    private SequenceDiagram() {}

    /** {@code sim} as a Mermaid sequenceDiagram. */
    public static String mermaid(Simulation sim) {
        return write(sim, new Mermaid());
    }

    /** {@code sim} as a PlantUML sequence diagram. */
    public static String plantUml(Simulation sim) {
        return write(sim, new PlantUml());
    }

    static String write(Simulation sim, Dialect d) {
        List<String> lanes = new ArrayList<>(sim.scenario().clients());
        List<String> replicas = RunEvents.replicas(sim);
        lanes.addAll(replicas);
        SequenceNames names = new SequenceNames(lanes);
        List<NetworkEvent.Partition> partitions = RunEvents.partitions(sim);
        StringBuilder out = new StringBuilder(d.open(sim.scenario().title(), names));
        List<NetworkEvent.Partition> shaded = List.of();
        Map<String, Integer> arrived = new HashMap<>();
        for (RunEvents.Event e : RunEvents.of(sim)) {
            List<NetworkEvent.Partition> cut = RunEvents.cutAt(partitions, e.time());
            if (!cut.equals(shaded)) {
                if (!shaded.isEmpty()) {
                    out.append(d.unshade());
                }
                if (!cut.isEmpty()) {
                    out.append(d.shade(
                            names.id(cut.get(0).a()), names.id(cut.get(0).b()), RunEvents.describe(cut)));
                }
                shaded = cut;
            }
            if (e instanceof RunEvents.Operation op) {
                operation(out, d, names, op);
            } else if (e instanceof RunEvents.Send s && !s.message().arrived()) {
                Transmission t = s.message();
                String why = t.status() == Transmission.Status.CUT ? "cut by the partition" : "dropped by the network";
                out.append(d.lost(names.id(t.from()), names.id(t.to()), "t=" + t.sendTime() + " gossip, " + why));
            } else if (e instanceof RunEvents.Arrival a) {
                Transmission t = a.vv().message();
                int nth = arrived.merge(t.id(), 1, Integer::sum);
                String label = "t=" + t.sendTime() + " gossip, arrives t=" + a.vv().time()
                        + (nth > 1 ? " again (duplicated)" : "")
                        + (a.vv().changedStore() ? "" : ", nothing new");
                out.append(d.gossip(names.id(t.from()), names.id(t.to()), a.vv().time() - t.sendTime(), label));
                notes(out, d, names.id(a.vv().replica()), a.lwwLosses(), a.vv());
            } else if (e instanceof RunEvents.LwwOnlyLoss l) {
                notes(out, d, names.id(l.replica()), l.losses(), null);
            }
        }
        if (!shaded.isEmpty()) {
            out.append(d.unshade());
        }
        return out.append(d.close()).toString();
    }

    private static void operation(StringBuilder out, Dialect d, SequenceNames names, RunEvents.Operation op) {
        Step.OfOperation vv = op.vv();
        String client = names.id(vv.operation().client());
        String replica = names.id(vv.replica());
        out.append(d.message(client, replica, "t=" + vv.time() + " " + RunEvents.operation(vv)));
        if (vv instanceof Step.Write w) {
            String lwwValue = op.lww() instanceof Step.Write lw ? lw.value() : w.value();
            String ok = "ok, VV " + w.written().clock()
                    + (lwwValue.equals(w.value()) ? "" : " (LWW wrote " + lwwValue + ")");
            out.append(d.reply(replica, client, ok));
        } else {
            String vvGot = RunEvents.got(vv);
            String lwwGot = RunEvents.got(op.lww());
            out.append(d.reply(replica, client, vvGot.equals(lwwGot) ? vvGot : "VV " + vvGot + ", LWW " + lwwGot));
        }
        notes(out, d, replica, op.lww().losses(), vv);
    }

    /** The notes of one place: what LWW dropped, what VV dropped (naive clocks), the siblings VV keeps. */
    private static void notes(StringBuilder out, Dialect d, String over, List<Loss<String>> lwwLosses, Step vv) {
        for (Loss<String> l : lwwLosses) {
            out.append(d.note(over, "LWW silently drops " + RunEvents.lossText(l), true));
        }
        if (vv == null) {
            return;
        }
        for (Loss<String> l : vv.losses()) {
            out.append(d.note(over, "VV silently drops " + RunEvents.lossText(l), true));
        }
        String siblings = RunEvents.siblings(vv);
        if (siblings != null) {
            out.append(d.note(over, "VV keeps siblings " + siblings, false));
        }
    }
}

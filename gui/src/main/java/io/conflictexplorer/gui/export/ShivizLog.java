package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.core.store.Loss;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run as a <a href="https://bestchai.bitbucket.io/shiviz/">ShiViz</a> log: the first line is the
 * parsing regular expression (ShiViz's default), the second the empty line that says there is one
 * execution, then two lines per event: the event's text, then {@code host {"host": n, ...}}.
 *
 * <p>The clocks are Fidge-Mattern vector clocks over every process, clients and replicas (or the
 * store): each event increments its host's own entry, a send carries the sender's clock, and a
 * receive first takes the entry-wise maximum with the clock it received. They order the log's
 * events (who could have known what) and are not the store's per-key version vectors, which the
 * event texts quote. A client's operation is a request from the client, its receipt at the
 * replica and the reply's receipt at the client; a gossip message is a send and one receipt per
 * arrival (none when the network lost it).
 */
public final class ShivizLog {

    /** ShiViz's default parsing expression: an event line, then the host and its clock. */
    public static final String REGEX = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";

    private final Map<String, Map<String, Long>> clocks = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private ShivizLog(List<String> hosts) {
        for (String h : hosts) {
            clocks.put(h, new TreeMap<>());
        }
    }

    /** {@code sim} as a ShiViz log. */
    public static String of(Simulation sim) {
        List<String> hosts = new ArrayList<>(sim.scenario().clients());
        hosts.addAll(RunEvents.replicas(sim));
        ShivizLog log = new ShivizLog(hosts);
        log.out.append(REGEX).append("\n\n");
        Map<String, Map<String, Long>> sent = new HashMap<>();
        for (RunEvents.Event e : RunEvents.of(sim)) {
            if (e instanceof RunEvents.Operation op) {
                log.operation(op);
            } else if (e instanceof RunEvents.Send s) {
                Transmission t = s.message();
                String fate = t.arrived()
                        ? "due at " + t.to() + " at t=" + t.deliverTime()
                        : t.status() == Transmission.Status.CUT ? "cut by the partition" : "dropped by the network";
                sent.put(
                        t.id(),
                        log.event(
                                t.from(),
                                null,
                                "t=" + t.sendTime() + " " + t.from() + " sends gossip to " + t.to() + ", " + fate));
            } else if (e instanceof RunEvents.Arrival a) {
                Transmission t = a.vv().message();
                StringBuilder text =
                        new StringBuilder("t=" + a.vv().time() + " " + t.to() + " merges gossip from " + t.from());
                text.append(a.vv().changedStore() ? "" : " (nothing new)");
                notes(text, a.lwwLosses(), a.vv());
                log.event(t.to(), sent.get(t.id()), text.toString());
            } else if (e instanceof RunEvents.LwwOnlyLoss l) {
                StringBuilder text = new StringBuilder("t=" + l.time() + " LWW gossip arrival");
                notes(text, l.losses(), null);
                log.event(l.replica(), null, text.toString());
            }
        }
        return log.out.toString();
    }

    private void operation(RunEvents.Operation op) {
        Step.OfOperation vv = op.vv();
        String client = vv.operation().client();
        String replica = vv.replica();
        String what = RunEvents.operation(vv);
        Map<String, Long> request =
                event(client, null, "t=" + vv.time() + " " + client + " sends " + what + " to " + replica);
        StringBuilder done =
                new StringBuilder("t=" + vv.time() + " " + replica + " applies " + what + " from " + client);
        if (vv instanceof Step.Write w) {
            done.append(", VV clock ").append(w.written().clock());
        } else {
            done.append(", returns VV ")
                    .append(RunEvents.got(vv))
                    .append(", LWW ")
                    .append(RunEvents.got(op.lww()));
        }
        notes(done, op.lww().losses(), vv);
        Map<String, Long> reply = event(replica, request, done.toString());
        event(client, reply, "t=" + vv.time() + " " + client + " gets the reply to " + what);
    }

    private static void notes(StringBuilder text, List<Loss<String>> lwwLosses, Step vv) {
        for (Loss<String> l : lwwLosses) {
            text.append("; LWW silently drops ").append(RunEvents.lossText(l));
        }
        if (vv != null) {
            for (Loss<String> l : vv.losses()) {
                text.append("; VV silently drops ").append(RunEvents.lossText(l));
            }
            String siblings = RunEvents.siblings(vv);
            if (siblings != null) {
                text.append("; VV keeps siblings ").append(siblings);
            }
        }
    }

    /**
     * One event at {@code host}: merges {@code received} (null for a local event or a send), then
     * increments the host's own entry; writes it and returns a copy of the host's clock after it.
     */
    private Map<String, Long> event(String host, Map<String, Long> received, String text) {
        Map<String, Long> clock = clocks.get(host);
        if (received != null) {
            received.forEach((h, n) -> clock.merge(h, n, Math::max));
        }
        clock.merge(host, 1L, Long::sum);
        out.append(text.replace('\n', ' '))
                .append('\n')
                .append(name(host))
                .append(' ')
                .append(json(clock))
                .append('\n');
        return new TreeMap<>(clock);
    }

    /**
     * A process's name as the log writes it: ShiViz reads a host as one word ({@code \S*}) and a
     * clock as JSON, so white space becomes {@code _} and quotes and backslashes {@code '} and {@code /}.
     */
    static String name(String process) {
        return process.replaceAll("\\s", "_").replace('"', '\'').replace('\\', '/');
    }

    private static String json(Map<String, Long> clock) {
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<String, Long> e : clock.entrySet()) {
            if (s.length() > 1) {
                s.append(", ");
            }
            s.append('"').append(name(e.getKey())).append("\": ").append(e.getValue());
        }
        return s.append('}').toString();
    }
}

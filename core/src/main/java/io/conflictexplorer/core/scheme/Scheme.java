package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.store.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock schemes real stores used to decide which values of a key stay, each run on the same
 * scenario by the simulator ({@code Simulator.run(scenario, scheme)}) into the same kind of trace.
 *
 * <ul>
 *   <li>{@code LWW}: every write gets a timestamp from its replica's clock; the greatest timestamp
 *       stays and every other value goes, seen or not (Cassandra; Riak with {@code last_write_wins}).
 *   <li>{@code CLIENT_VV}: the task's version vectors, one entry per client; a write's clock is its
 *       context with the writer's counter one above any it has for the key; a value goes only when
 *       a newer clock strictly descends its clock (Riak before 1.0, client ids).
 *   <li>{@code SERVER_VV}: one entry per replica that coordinated a write, each value keeping its
 *       own clock: the write's context with the coordinator's counter one higher. Two writes from
 *       the same context at the same replica get equal clocks, so a later write that saw one of
 *       them supersedes both: a silent loss ({@link PerValueVv}).
 *   <li>{@code SERVER_VV_MERGED}: one server-keyed clock for the key's whole sibling set, as Riak's
 *       vnode vclocks: a write whose context does not descend that clock joins the siblings and
 *       the clock advances. Nothing is lost, but a sibling is never retired by a later write that
 *       saw it, so false conflicts grow without bound ({@link MergedServerVv}).
 *   <li>{@code DVV}: dotted version vector sets, one {@code (replica, counter, values)} entry per
 *       replica; each value is identified by its dot, so a write retires exactly the values its
 *       context saw: correct and bounded ({@link DvvSet}).
 * </ul>
 *
 * <p>Inside a cluster, today's {@code dotted} versus {@code client-counters} choice
 * ({@code ClockScheme}) refines {@code CLIENT_VV}: whether a write's identity is its dot or its
 * clock when replicas merge.
 */
public enum Scheme {
    LWW("lww", "last writer wins"),
    CLIENT_VV("client-vv", "client version vectors"),
    SERVER_VV("server-vv", "server version vectors, one clock per value"),
    SERVER_VV_MERGED("server-vv-merged", "server version vectors, one clock per key"),
    DVV("dvv", "dotted version vector sets");

    private final String wireName;
    private final String title;

    Scheme(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    /** The scheme named exactly {@code name} ({@code lww}, {@code client-vv}, ...). */
    public static Scheme parse(String name) {
        for (Scheme s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown clock scheme " + (name == null ? "null" : "\"" + name + "\"") + " (known: " + names() + ")");
    }

    /** The schemes of a comma-separated list such as {@code lww,dvv}, in its order, each once. */
    public static List<Scheme> parseList(String names) {
        List<Scheme> out = new ArrayList<>();
        for (String n : names.split(",", -1)) {
            Scheme s = parse(n.strip());
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Every scheme's name, comma-separated, in order. */
    public static String names() {
        List<String> out = new ArrayList<>();
        for (Scheme s : values()) {
            out.add(s.wireName);
        }
        return String.join(", ", out);
    }

    /** The name scenario files, the command line and tables use: {@code lww}, {@code client-vv}, ... */
    public String wireName() {
        return wireName;
    }

    /** A short title for people, e.g. "dotted version vector sets". */
    public String title() {
        return title;
    }

    /**
     * The kind of trace this scheme gives: {@link Mode#LWW} (one value per key, timestamps decide)
     * or {@link Mode#VV} (siblings, clocks decide).
     */
    public Mode mode() {
        return this == LWW ? Mode.LWW : Mode.VV;
    }

    /** The scheme today's two modes run: LWW and the client version vectors. */
    public static Scheme of(Mode mode) {
        return mode == Mode.LWW ? LWW : CLIENT_VV;
    }

    /** True for the schemes whose clock entries name replicas, not clients. */
    public boolean serverKeyed() {
        return this == SERVER_VV || this == SERVER_VV_MERGED || this == DVV;
    }
}

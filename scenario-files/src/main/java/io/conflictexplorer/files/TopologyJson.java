package io.conflictexplorer.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.conflictexplorer.core.scheme.VclockPruning;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file's {@code topology} object ({@link ScenarioFiles} gives the format and its
 * versions): the replicas, gossip, network events (partitions, messages, data losses) and clock
 * pruning, read with the same messages for people and written back so that reading gives an equal
 * {@link Topology}.
 */
final class TopologyJson {

    private TopologyJson() {}

    /**
     * Writes {@code t} as {@code root}'s "topology", or nothing for the plain single store ({@link
     * Topology#single()}; a single replica of another name, skew or scheme is written).
     */
    static void write(ObjectNode root, Topology t) {
        if (!t.equals(Topology.single())) {
            ObjectNode topo = root.putObject("topology");
            topo.put("scheme", t.scheme().wireName());
            ObjectNode gossip = topo.putObject("gossip");
            gossip.put("interval", t.gossipInterval());
            gossip.put("delay", t.gossipDelay());
            if (t.pruning() != null) {
                VclockPruning p = t.pruning();
                ObjectNode pruning = topo.putObject("pruning");
                pruning.put("small", p.small()).put("big", p.big()).put("young", p.young());
                if (p.old() != Long.MAX_VALUE) {
                    pruning.put("old", p.old());
                }
            }
            ArrayNode replicas = topo.putArray("replicas");
            for (Topology.ReplicaSpec r : t.replicas()) {
                replicas.addObject().put("id", r.id()).put("skew", r.skew());
            }
            ArrayNode network = topo.putArray("network");
            for (NetworkEvent e : t.network()) {
                ObjectNode n = network.addObject().put("id", e.id());
                if (e instanceof NetworkEvent.Partition p) {
                    n.put("type", "partition")
                            .put("a", p.a())
                            .put("b", p.b())
                            .put("start", p.start())
                            .put("end", p.end());
                } else if (e instanceof NetworkEvent.Message m) {
                    n.put("type", "message")
                            .put("from", m.from())
                            .put("to", m.to())
                            .put("send", m.sendTime())
                            .put("deliver", m.deliverTime())
                            .put("fate", m.fate().wireName());
                } else if (e instanceof NetworkEvent.DataLoss d) {
                    n.put("type", "data-loss")
                            .put("replica", d.replica())
                            .put("time", d.time())
                            .put("newActor", d.newActor());
                }
            }
        }
    }

    static Topology read(JsonNode t, String where) throws ScenarioFileException {
        String at = where + "topology";
        if (!t.isObject()) {
            throw new ScenarioFileException(at + " must be an object.");
        }
        ClockScheme scheme = ClockScheme.DOTTED;
        if (t.has("scheme")) {
            String name = ScenarioFiles.requireText(t, "scheme", at);
            try {
                scheme = ClockScheme.parse(name);
            } catch (IllegalArgumentException x) {
                throw new ScenarioFileException(
                        at + ": \"scheme\" must be \"dotted\" or \"client-counters\", was \"" + name + "\".", x);
            }
        }
        long interval = 0;
        long delay = 0;
        if (t.has("gossip")) {
            JsonNode g = t.get("gossip");
            if (!g.isObject()) {
                throw new ScenarioFileException(at + ": \"gossip\" must be an object with \"interval\" and \"delay\".");
            }
            interval = ScenarioFiles.ticks(g, "interval", at + " gossip");
            delay = ScenarioFiles.ticks(g, "delay", at + " gossip");
        }
        JsonNode rs = ScenarioFiles.requireArray(t, "replicas", at + ": ");
        List<Topology.ReplicaSpec> replicas = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            JsonNode r = rs.get(i);
            String label = at + " replicas[" + i + "]";
            if (!r.isObject()) {
                throw new ScenarioFileException(label + " must be an object.");
            }
            JsonNode skew = r.get("skew");
            if (skew != null
                    && (!skew.isIntegralNumber()
                            || !skew.canConvertToLong()
                            || !ScenarioLimits.tick(skew.asLong(), true))) {
                throw new ScenarioFileException(label + ": \"skew\" must be a whole number of ticks from -"
                        + ScenarioLimits.MAX_TICK + " to " + ScenarioLimits.MAX_TICK + ".");
            }
            replicas.add(new Topology.ReplicaSpec(
                    ScenarioFiles.requireText(r, "id", label), skew == null ? 0 : skew.asLong()));
        }
        List<NetworkEvent> network = new ArrayList<>();
        JsonNode ns = t.get("network");
        if (ns != null) {
            if (!ns.isArray()) {
                throw new ScenarioFileException(at + ": \"network\" must be a list.");
            }
            for (int i = 0; i < ns.size(); i++) {
                JsonNode e = ns.get(i);
                String label = at + " network[" + i + "]";
                if (!e.isObject()) {
                    throw new ScenarioFileException(label + " must be an object.");
                }
                String id = ScenarioFiles.requireText(e, "id", label);
                String type = ScenarioFiles.requireText(e, "type", label);
                try {
                    switch (type) {
                        case "partition" ->
                            network.add(new NetworkEvent.Partition(
                                    id,
                                    ScenarioFiles.requireText(e, "a", label),
                                    ScenarioFiles.requireText(e, "b", label),
                                    ScenarioFiles.ticks(e, "start", label),
                                    ScenarioFiles.ticks(e, "end", label)));
                        case "message" -> {
                            NetworkEvent.Fate f = fate(ScenarioFiles.requireText(e, "fate", label), label);
                            network.add(new NetworkEvent.Message(
                                    id,
                                    ScenarioFiles.requireText(e, "from", label),
                                    ScenarioFiles.requireText(e, "to", label),
                                    ScenarioFiles.ticks(e, "send", label),
                                    ScenarioFiles.ticks(e, "deliver", label),
                                    f));
                        }
                        case "data-loss" -> {
                            JsonNode fresh = e.get("newActor");
                            if (fresh != null && !fresh.isBoolean()) {
                                throw new ScenarioFileException(label + ": \"newActor\" must be true or false.");
                            }
                            network.add(new NetworkEvent.DataLoss(
                                    id,
                                    ScenarioFiles.requireText(e, "replica", label),
                                    ScenarioFiles.ticks(e, "time", label),
                                    fresh != null && fresh.asBoolean()));
                        }
                        default ->
                            throw new ScenarioFileException(
                                    label + ": \"type\" must be \"partition\", \"message\" or \"data-loss\".");
                    }
                } catch (IllegalArgumentException x) {
                    throw new ScenarioFileException(label + ": " + x.getMessage() + ".", x);
                }
            }
        }
        VclockPruning pruning = t.has("pruning") ? pruning(t.get("pruning"), at + " pruning") : null;
        try {
            return new Topology(replicas, scheme, interval, delay, network, pruning);
        } catch (IllegalArgumentException x) {
            throw new ScenarioFileException(at + ": " + x.getMessage() + ".", x);
        }
    }

    private static VclockPruning pruning(JsonNode p, String label) throws ScenarioFileException {
        if (!p.isObject()) {
            throw new ScenarioFileException(
                    label + " must be an object with \"small\", \"big\", \"young\" and \"old\".");
        }
        long small = ScenarioFiles.ticks(p, "small", label);
        long big = p.has("big") ? ScenarioFiles.ticks(p, "big", label) : small;
        long young = p.has("young") ? ScenarioFiles.ticks(p, "young", label) : 0;
        long old = p.has("old") ? ScenarioFiles.ticks(p, "old", label) : Long.MAX_VALUE;
        if (small > Integer.MAX_VALUE || big > Integer.MAX_VALUE) {
            throw new ScenarioFileException(label + ": \"small\" and \"big\" must be below 2^31.");
        }
        try {
            return new VclockPruning((int) small, (int) big, young, old);
        } catch (IllegalArgumentException x) {
            throw new ScenarioFileException(label + ": " + x.getMessage() + ".", x);
        }
    }

    private static NetworkEvent.Fate fate(String name, String label) throws ScenarioFileException {
        try {
            return NetworkEvent.Fate.parse(name);
        } catch (IllegalArgumentException x) {
            throw new ScenarioFileException(label + ": \"fate\" must be deliver, drop or duplicate.", x);
        }
    }
}

package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where the replica lanes and the link strips of a cluster are, top to bottom, below the client lanes. */
record Bands(Map<String, Double> replicaTop, Map<String, Double> linkTop, List<String[]> links, double bottom) {

    static Bands of(DiagramModel m, Geometry g) {
        Map<String, Double> replicaTop = new HashMap<>();
        Map<String, Double> linkTop = new HashMap<>();
        List<String[]> links = new ArrayList<>();
        double y = g.laneTop(m.clients().size());
        List<DiagramModel.ReplicaLane> rs = m.replicas();
        for (int i = 0; i < rs.size(); i++) {
            replicaTop.put(rs.get(i).id(), y);
            y += g.replicaLane();
            if (i + 1 < rs.size()) { // the link to the next replica sits between their lanes
                String[] pair = {rs.get(i).id(), rs.get(i + 1).id()};
                links.add(pair);
                linkTop.put(linkKey(pair[0], pair[1]), y);
                y += g.link();
            }
        }
        for (int i = 0; i < rs.size(); i++) { // links between lanes that are not neighbours go below
            for (int j = i + 2; j < rs.size(); j++) {
                String[] pair = {rs.get(i).id(), rs.get(j).id()};
                links.add(pair);
                linkTop.put(linkKey(pair[0], pair[1]), y);
                y += g.link();
            }
        }
        return new Bands(replicaTop, linkTop, links, y);
    }

    double linkTop(String a, String b) {
        Double y = linkTop.get(linkKey(a, b));
        return y != null ? y : linkTop.getOrDefault(linkKey(b, a), 0.0);
    }

    double replicaMid(String r, Geometry g) {
        return replicaTop.getOrDefault(r, 0.0) + g.replicaLane() / 2;
    }

    private static String linkKey(String a, String b) {
        return a + "|" + b;
    }
}

package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What the export tests share: the presets, their runs, and the texts of an SVG. */
final class ExportFixtures {

    private ExportFixtures() {}

    static List<Preset> presets() {
        return Assets.presets();
    }

    static Simulation run(Preset p) {
        return Simulator.run(p.scenario());
    }

    static TraceProjection.Frame end(Simulation sim) {
        return TraceProjection.frame(sim, sim.vv().size(), null);
    }

    /** Parses {@code svg} as namespace-aware XML (throws when it is not well-formed). */
    static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The content of every {@code <text>} element, in document order. */
    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}

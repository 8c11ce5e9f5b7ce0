package io.conflictexplorer.gui.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The participant ids of a sequence diagram: a lane's own name where the diagram languages take it
 * as an id (letters, digits and underscores, not a keyword), else {@code p1}, {@code p2}, ... with
 * the name shown as the participant's label. Scenario files allow any client name, the diagram
 * languages do not.
 */
final class SequenceNames {

    private static final Set<String> KEYWORDS = Set.of(
            "end",
            "loop",
            "alt",
            "else",
            "opt",
            "par",
            "and",
            "rect",
            "note",
            "over",
            "participant",
            "actor",
            "title",
            "as",
            "left",
            "right",
            "of",
            "critical",
            "break",
            "box",
            "group",
            "activate",
            "deactivate",
            "autonumber",
            "create",
            "destroy",
            "links",
            "link",
            "properties",
            "details",
            "ref",
            "return");

    private final Map<String, String> ids = new LinkedHashMap<>();

    SequenceNames(List<String> lanes) {
        int n = 1;
        for (String lane : lanes) {
            boolean plain = lane.matches("[A-Za-z][A-Za-z0-9_]*") && !KEYWORDS.contains(lane.toLowerCase(Locale.ROOT));
            String id = plain && !ids.containsValue(lane) ? lane : "p" + n;
            while (ids.containsValue(id) || lanes.contains(id) && !id.equals(lane)) {
                id = "p" + ++n;
            }
            ids.put(lane, id);
            n++;
        }
    }

    /** The id of {@code lane}. */
    String id(String lane) {
        return ids.get(lane);
    }

    /** Every lane in order. */
    List<String> lanes() {
        return List.copyOf(ids.keySet());
    }

    /** True when {@code lane} needs a label apart from its id. */
    boolean aliased(String lane) {
        return !ids.get(lane).equals(lane);
    }
}

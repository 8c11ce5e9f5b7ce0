package io.conflictexplorer.gui.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure's colours, read from the app's own theme stylesheets: app.css, then presenter.css or
 * dark.css on top (as the window loads them). The stylesheets name every colour once as a looked-up
 * colour ({@code -ce-lost: #901600;}), so an export has the colours of the theme in use and cannot
 * drift from it; a colour defined as another ({@code -ce-cut: -ce-lost;}) is followed.
 */
public enum Theme {
    LIGHT(List.of("app.css")),
    PRESENTER(List.of("app.css", "presenter.css")),
    DARK(List.of("app.css", "dark.css"));

    private static final Pattern COLOUR = Pattern.compile("(-ce-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6}|-ce-[a-z-]+)\\s*;");

    private final List<String> stylesheets;
    private Map<String, String> colours;

    Theme(List<String> stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The theme named {@code name} (light, presenter, dark; any case). */
    public static Theme named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The colour {@code name} (without its {@code -ce-} prefix, e.g. "lost") as {@code #rrggbb}. */
    public String colour(String name) {
        String value = colours().get("-ce-" + name);
        for (int hops = 0; value != null && value.startsWith("-ce-") && hops < 8; hops++) {
            value = colours().get(value);
        }
        if (value == null || !value.startsWith("#")) {
            throw new IllegalArgumentException("the theme " + this + " defines no colour -ce-" + name);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private synchronized Map<String, String> colours() {
        if (colours == null) {
            Map<String, String> out = new HashMap<>();
            for (String sheet : stylesheets) {
                try (InputStream in = Assets.url("css/" + sheet).openStream()) {
                    Matcher m = COLOUR.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        out.put(m.group(1), m.group(2));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the stylesheet " + sheet, e);
                }
            }
            colours = Map.copyOf(out);
        }
        return colours;
    }
}

package io.conflictexplorer.docs;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives a Markdown file's headings (github-slugger): the heading's text as
 * rendered (code spans, emphasis and link targets gone), lower-cased, every character that is not a
 * letter, digit, mark, space, hyphen or underscore removed, each space turned into a hyphen; a text
 * seen before gets {@code -1}, {@code -2}, ... in order. An HTML {@code id} or {@code name} is an
 * anchor too.
 */
final class GithubAnchors {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("[*`]|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{N}\\p{M} _-]");

    private GithubAnchors() {}

    /** The anchor of one heading's text, before de-duplication. */
    static String slug(String heading) {
        String text = LINK.matcher(heading).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = text.strip().toLowerCase(Locale.ROOT);
        return NOT_KEPT.matcher(text).replaceAll("").replace(' ', '-');
    }

    /** Every anchor of a file with these headings (in order) and HTML ids. */
    static Set<String> of(List<String> headings, List<String> htmlIds) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String h : headings) {
            String s = slug(h);
            int n = seen.merge(s, 1, Integer::sum) - 1;
            out.add(n == 0 ? s : s + "-" + n);
        }
        out.addAll(htmlIds);
        return out;
    }
}

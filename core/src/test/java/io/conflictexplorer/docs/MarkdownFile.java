package io.conflictexplorer.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checks need of one Markdown file: its headings and HTML ids (the anchors), its links
 * (inline, reference definitions, HTML href and src) outside code, and its fenced code blocks.
 */
record MarkdownFile(Path path, List<String> headings, List<String> htmlIds, List<Link> links, List<CodeBlock> blocks) {

    /** A link target as written, on its 1-based line. */
    record Link(int line, String target) {}

    /** A fenced block: its info string's first word (the language, maybe empty) and its lines. */
    record CodeBlock(int firstLine, String language, List<String> lines) {}

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    // [text](target "title") and ![alt](target); the text may hold one level of brackets
    private static final Pattern INLINE =
            Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(\\s.*)?$");
    private static final Pattern HTML_LINK = Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern HTML_ID = Pattern.compile("<a\\s[^>]*\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");

    static MarkdownFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> headings = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<CodeBlock> blocks = new ArrayList<>();
        String fence = null;
        String language = null;
        int blockStart = 0;
        List<String> blockLines = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.matches()) {
                fence = f.group(1);
                language = f.group(2);
                blockStart = i + 2;
                blockLines = new ArrayList<>();
                continue;
            }
            if (fence != null) {
                if (closes(line, fence)) {
                    blocks.add(new CodeBlock(blockStart, language, blockLines));
                    fence = null;
                } else {
                    blockLines.add(line);
                }
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                headings.add(h.group(1));
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            for (Matcher m = INLINE.matcher(text); m.find(); ) {
                links.add(new Link(i + 1, m.group(1)));
            }
            Matcher d = DEFINITION.matcher(text);
            if (d.matches()) {
                links.add(new Link(i + 1, d.group(1)));
            }
            for (Matcher m = HTML_LINK.matcher(text); m.find(); ) {
                links.add(new Link(i + 1, m.group(1)));
            }
            for (Matcher m = HTML_ID.matcher(text); m.find(); ) {
                ids.add(m.group(1));
            }
        }
        return new MarkdownFile(path, headings, ids, links, blocks);
    }

    /** A closing fence: only the opening fence's character, at least as many. */
    private static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.length() >= fence.length()
                && s.replace(fence.substring(0, 1), "").isEmpty();
    }

    /** The anchors GitHub gives this file. */
    Set<String> anchors() {
        return GithubAnchors.of(headings, htmlIds);
    }
}

package io.conflictexplorer.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Markdown file of the repository works on a fresh clone: each relative link names a file of
 * the repository, each {@code #anchor} a heading of its target as GitHub names it, and each command
 * in a shell block the files, modules, profiles and tests it uses ({@link DocCommands}). External
 * links are not fetched (CI has no network guarantee): they are listed, and must be valid URIs.
 */
class DocLinksTest {

    private static Path root;
    private static List<MarkdownFile> files;
    private static final Map<Path, Set<String>> ANCHORS = new HashMap<>();

    @BeforeAll
    static void readEveryMarkdownFile() throws IOException {
        root = DocFiles.root();
        files = new ArrayList<>();
        for (Path p : DocFiles.markdown(root)) {
            files.add(MarkdownFile.read(p));
        }
        assertTrue(files.stream().anyMatch(f -> f.path().equals(root.resolve("README.md"))), "the README is read");
    }

    @Test
    void everyRelativeLinkNamesAFileOfTheRepository() {
        List<String> problems = new ArrayList<>();
        for (MarkdownFile f : files) {
            for (MarkdownFile.Link link : f.links()) {
                if (external(link.target()) || link.target().startsWith("#")) {
                    continue;
                }
                Path target = target(f, link.target());
                if (!target.startsWith(root)) {
                    problems.add(where(f, link) + link.target() + ": outside the repository");
                } else if (!Files.exists(target)) {
                    problems.add(where(f, link) + link.target() + ": no such file");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "broken links:\n" + String.join("\n", problems));
    }

    @Test
    void everyAnchorNamesAHeadingOfItsTarget() throws IOException {
        List<String> problems = new ArrayList<>();
        for (MarkdownFile f : files) {
            for (MarkdownFile.Link link : f.links()) {
                int hash = link.target().indexOf('#');
                if (external(link.target()) || hash < 0) {
                    continue;
                }
                Path target = hash == 0 ? f.path() : target(f, link.target());
                String anchor = URLDecoder.decode(link.target().substring(hash + 1), StandardCharsets.UTF_8);
                if (!target.toString().endsWith(".md") || !Files.isRegularFile(target)) {
                    continue; // a missing file is the other test's; GitHub anchors only Markdown headings
                }
                if (!anchors(target).contains(anchor)) {
                    problems.add(where(f, link) + link.target() + ": no heading with the anchor #" + anchor + " in "
                            + root.relativize(target));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "broken anchors:\n" + String.join("\n", problems));
    }

    @Test
    void everyCommandNamesFilesModulesProfilesAndTestsThatExist() throws IOException {
        DocCommands commands = new DocCommands(root);
        List<String> problems = new ArrayList<>();
        for (MarkdownFile f : files) {
            problems.addAll(commands.check(f));
        }
        assertTrue(
                problems.isEmpty(), () -> "commands that would fail on a fresh clone:\n" + String.join("\n", problems));
    }

    @Test
    void externalLinksAreListedNotFetched() {
        Set<String> external = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (MarkdownFile f : files) {
            for (MarkdownFile.Link link : f.links()) {
                if (external(link.target())) {
                    external.add(link.target() + "  (" + root.relativize(f.path()) + ")");
                    try {
                        URI uri = new URI(link.target());
                        if (uri.getHost() == null && !"mailto".equals(uri.getScheme())) {
                            problems.add(where(f, link) + link.target() + ": no host");
                        }
                    } catch (URISyntaxException e) {
                        problems.add(where(f, link) + link.target() + ": " + e.getMessage());
                    }
                }
            }
        }
        System.out.println("DOC-LINKS external, not fetched:");
        external.forEach(e -> System.out.println("  " + e));
        assertTrue(problems.isEmpty(), () -> "malformed external links:\n" + String.join("\n", problems));
    }

    private static boolean external(String target) {
        return target.matches("(?i)(https?|mailto|ftp):.*");
    }

    /** The file a relative link names, from the linking file's folder. */
    private static Path target(MarkdownFile from, String link) {
        String path = link.replaceFirst("[#?].*", "");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        return path.isEmpty()
                ? from.path()
                : from.path().getParent().resolve(path).normalize();
    }

    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> known = ANCHORS.get(markdown);
        if (known == null) {
            known = files.stream()
                    .filter(f -> f.path().equals(markdown))
                    .findFirst()
                    .orElse(MarkdownFile.read(markdown))
                    .anchors();
            ANCHORS.put(markdown, known);
        }
        return known;
    }

    private static String where(MarkdownFile f, MarkdownFile.Link link) {
        return root.relativize(f.path()) + ":" + link.line() + ": ";
    }
}

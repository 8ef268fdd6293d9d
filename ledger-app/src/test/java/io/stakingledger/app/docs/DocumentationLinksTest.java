package io.stakingledger.app.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md and every docs/**&#47;*.md link nothing outside the repository: a clone must be complete.
 *
 * <p>Every Markdown link and image ({@code [text](target)}, {@code ![alt](target)}), autolink
 * ({@code <https://...>}), HTML {@code href}/{@code src} and bare web address that GitHub would turn into a
 * link (outside code) is checked. A relative target must stay inside the repository and name an existing
 * file or folder; an anchor ({@code #part}) must name a heading of the target Markdown file, by GitHub's
 * rule for heading ids. Web addresses are refused, with one allowed prefix: {@code http://localhost:8080},
 * the reader's own ledger started by {@code scripts/ledger serve}, which is not outside the repository
 * but the program in it. Text in code blocks and code spans is not a link (problem type URIs such as
 * {@code https://staking-ledger.dev/problems/...} are identifiers, not addresses to follow). The documents
 * may not name {@code SPEC.md} either: it lives outside the repository, and docs/domain/ replaces it.
 */
class DocumentationLinksTest {

    /** Web addresses a document may link to, and why: only the ledger the reader runs from this repository. */
    static final List<String> ALLOWED_WEB_PREFIXES = List.of("http://localhost:8080");

    private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent();

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1", Pattern.DOTALL);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]+)>");
    private static final Pattern HTML_TARGET = Pattern.compile("(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_WEB = Pattern.compile("(?<![(<\"'])\\b(?:https?://|www\\.)[^\\s)<>\"'`]+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyLinkOfTheReadmeAndTheDocsResolvesInsideTheRepository() throws IOException {
        List<Path> documents = documents(REPOSITORY);
        assertThat(documents).as("README.md and docs/ under %s", REPOSITORY)
                .contains(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("docs/domain/README.md"));
        List<String> problems = problems(REPOSITORY, documents);
        assertThat(problems).as("links in README.md and docs/ that do not resolve inside the repository").isEmpty();
    }

    /**
     * The sources point a reader to the same domain reference: a comment or an OpenAPI summary naming
     * SPEC.md would send a newcomer (or an API user) to a file a clone does not have.
     */
    @Test
    void noSourceNamesTheSpecificationOutsideTheRepository() throws IOException {
        List<String> naming = new ArrayList<>();
        for (String module : List.of("ledger-core", "ledger-projections", "ledger-app")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(module).resolve("src"))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (!file.getFileName().toString().equals(getClass().getSimpleName() + ".java")
                            && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("SPEC" + ".md")) {
                        naming.add(REPOSITORY.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(naming).as("sources that name SPEC.md instead of docs/domain").isEmpty();
    }

    @Test
    void theCheckFindsBrokenMissingAnchoredAndOutsideLinks(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve("docs"));
        Files.writeString(repository.resolve("README.md"), """
                # Title
                ## Business time (`at`)
                [ok](docs/a.md#part-one) [self](#business-time-at) [folder](docs) ![img](docs/missing.png)
                [gone](docs/nothing.md) [bad anchor](docs/a.md#part-two) [escape](../outside.md)
                see https://example.com/x and <https://example.org> or http://localhost:8080/ready
                `https://staking-ledger.dev/problems/x` is an identifier, and so is the fence below:
                ```
                [not a link](nowhere.md) https://example.net
                ```
                the old SPEC.md is gone
                """);
        Files.writeString(repository.resolve("docs/a.md"), "# A\n## Part one\n");
        List<String> problems = problems(repository, documents(repository));
        assertThat(problems).containsExactlyInAnyOrder(
                "README.md: docs/missing.png does not exist",
                "README.md: docs/nothing.md does not exist",
                "README.md: docs/a.md#part-two names no heading of docs/a.md",
                "README.md: ../outside.md leaves the repository",
                "README.md: https://example.com/x links outside the repository",
                "README.md: https://example.org links outside the repository",
                "README.md: names SPEC.md, which is outside the repository (point to docs/domain/ instead)");
    }

    private static List<Path> documents(Path repository) throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(repository.resolve("README.md"));
        Path docs = repository.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        return documents;
    }

    private static List<String> problems(Path repository, List<Path> documents) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path document : documents) {
            String name = repository.relativize(document).toString();
            String raw = Files.readString(document, StandardCharsets.UTF_8);
            if (raw.contains("SPEC.md")) {
                problems.add(name + ": names SPEC.md, which is outside the repository (point to docs/domain/ instead)");
            }
            String text = CODE_SPAN.matcher(FENCE.matcher(raw).replaceAll("")).replaceAll("");
            Set<String> targets = new LinkedHashSet<>();
            collect(MARKDOWN_LINK, text, targets);
            collect(AUTOLINK, text, targets);
            collect(HTML_TARGET, text, targets);
            String withoutLinks = HTML_TARGET.matcher(AUTOLINK.matcher(MARKDOWN_LINK.matcher(text).replaceAll(""))
                    .replaceAll("")).replaceAll("");
            Matcher bare = BARE_WEB.matcher(withoutLinks);
            while (bare.find()) {
                targets.add(bare.group().replaceAll("[.,;:]+$", ""));
            }
            for (String target : targets) {
                String problem = check(repository, document, target, anchors);
                if (problem != null) {
                    problems.add(name + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static void collect(Pattern pattern, String text, Set<String> targets) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            targets.add(matcher.group(1));
        }
    }

    private static String check(Path repository, Path document, String target, Map<Path, Set<String>> anchors)
            throws IOException {
        if (SCHEME.matcher(target).find() || target.startsWith("www.") || target.startsWith("//")) {
            return ALLOWED_WEB_PREFIXES.stream().anyMatch(target::startsWith) ? null
                    : target + " links outside the repository";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!resolved.startsWith(repository)) {
            return target + " leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return target + " does not exist";
        }
        if (anchor != null && resolved.toString().endsWith(".md")
                && !anchors.computeIfAbsent(resolved, DocumentationLinksTest::headingIds).contains(anchor)) {
            return target + " names no heading of " + repository.relativize(resolved);
        }
        return null;
    }

    /** Heading ids as GitHub makes them: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> headingIds(Path markdown) {
        String text;
        try {
            text = FENCE.matcher(Files.readString(markdown, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            String id = heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int count = seen.merge(id, 1, Integer::sum);
            ids.add(count == 1 ? id : id + "-" + (count - 1));
        }
        return ids;
    }
}

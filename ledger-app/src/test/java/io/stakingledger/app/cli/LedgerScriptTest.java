package io.stakingledger.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/ledger} itself, run by bash on a copy of the repository's layout whose {@code java} and
 * {@code mvn} are stand-ins that write down how they were called: what the script does before it reaches
 * the JVM (help, argument checks, the data folder, the staleness check) is tested without building anything.
 */
class LedgerScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "ledger");

    @TempDir
    Path root;

    private Path calls;
    private Path bin;
    private Path jar;

    /** What one run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void aCheckoutWithABuiltJar() throws IOException {
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(SCRIPT, root.resolve("scripts/ledger"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("ledger-app/src/main/java"));
        Files.writeString(root.resolve("ledger-app/pom.xml"), "<project/>");
        Path source = Files.writeString(root.resolve("ledger-app/src/main/java/Ledger.java"), "class Ledger {}");
        Files.createDirectories(root.resolve("ledger-app/target/surefire-reports"));
        jar = Files.writeString(root.resolve("ledger-app/target/ledger-app.jar"), "jar");
        age(root.resolve("pom.xml"), 3600);
        age(root.resolve("ledger-app/pom.xml"), 3600);
        age(source, 3600);
        age(jar, 1800);
        calls = root.resolve("calls.txt");
        bin = Files.createDirectories(root.resolve("fake-bin"));
        fake("java", "echo \"java LEDGER_DATA_DIR=$LEDGER_DATA_DIR $*\" >> " + calls);
        fake("mvn", "echo \"mvn $*\" >> " + calls);
    }

    @Test
    void helpOnEveryCommandStartsNothingAndCreatesNothing() throws Exception {
        for (String command : List.of("serve", "run", "verify", "replay", "export", "keys", "compact")) {
            Run help = run(root, command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out() + help.err()).as(command).contains("scripts/ledger " + command);
        }
        assertThat(calls).as("neither java nor mvn ran").doesNotExist();
        assertThat(root.resolve("data")).doesNotExist();
    }

    @Test
    void aWrongArgumentIsOneLineAndAUsageExitCode() throws Exception {
        for (List<String> wrong : List.of(List.of("export", "--after", "abc", "out.ndjson"),
                List.of("export", "--limit", "0", "out.ndjson"), List.of("verify", "--pool"),
                List.of("verify", "--colour", "red"))) {
            Run run = run(root, wrong.toArray(String[]::new));
            assertThat(run.exitCode()).as(wrong.toString()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err().strip().lines()).as(wrong.toString()).hasSize(1);
            assertThat(run.err()).as(wrong.toString()).startsWith("ledger: ");
        }
        assertThat(calls).doesNotExist();
    }

    @Test
    void theDataFolderIsBesideTheScriptsWhateverTheCurrentDirectory(@TempDir Path elsewhere) throws Exception {
        assertThat(run(elsewhere, "verify").exitCode()).isZero();
        assertThat(Files.readString(calls)).contains("java LEDGER_DATA_DIR=" + root.toAbsolutePath().resolve("data") + " ");
    }

    @Test
    void anH2StoreNamedByDbKeepsItsCheckpointsBesideItselfNotInTheDefaultDataFolder(@TempDir Path other) throws Exception {
        String url = "jdbc:h2:file:" + other.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        for (List<String> command : List.of(List.of("verify", "--db", url), List.of("replay", "--db", url),
                List.of("export", "--db", url, "-"), List.of("keys", "list", "--db", url))) {
            Files.deleteIfExists(calls);
            assertThat(run(root, command.toArray(String[]::new)).exitCode()).as(command.toString()).isZero();
            assertThat(Files.readString(calls)).as(command.toString())
                    .contains("--spring.datasource.url=" + url).contains("--ledger.data-dir=" + other);
        }
        Files.deleteIfExists(calls);
        assertThat(run(root, "compact", "--db", url).exitCode()).isZero();
        assertThat(Files.readString(calls)).contains("--ledger.compact=" + url);
        Files.deleteIfExists(calls);
        assertThat(run(root, "compact").exitCode()).isZero();
        assertThat(Files.readString(calls)).contains("--ledger.compact=jdbc:h2:file:" + root.toAbsolutePath().resolve("data/ledger"));
        Files.deleteIfExists(calls);
        run(root, "verify", "--db", "jdbc:postgresql://127.0.0.1/ledger");
        assertThat(Files.readString(calls)).doesNotContain("--ledger.data-dir=")
                .contains("LEDGER_DATA_DIR=" + root.toAbsolutePath().resolve("data"));
    }

    @Test
    void buildOutputsNewerThanTheJarDoNotRebuildItButASourceDoes() throws Exception {
        Files.writeString(root.resolve("ledger-app/target/surefire-reports/TEST-x.xml"), "<testsuite/>");
        Files.createDirectories(root.resolve("ledger-app/target/classes"));
        Files.writeString(root.resolve("ledger-app/target/classes/Ledger.class"), "class");
        run(root, "replay");
        assertThat(Files.readString(calls)).doesNotContain("mvn").contains("java ");

        Files.setLastModifiedTime(root.resolve("ledger-app/src/main/java/Ledger.java"), FileTime.from(Instant.now()));
        run(root, "replay");
        assertThat(Files.readString(calls)).contains("mvn -B -q -DskipTests package");
    }

    @Test
    void everyCommandStartsWithTheClassArchiveWhenItIsCurrentAndWithoutItWhenTurnedOff() throws Exception {
        Files.copy(SCRIPT.resolveSibling("class-archive"), root.resolve("scripts/class-archive"));
        Files.setPosixFilePermissions(root.resolve("scripts/class-archive"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cds = Files.createDirectories(root.resolve("ledger-app/target/cds"));
        Path archive = Files.writeString(cds.resolve("ledger-app.jsa"), "archive");
        Files.writeString(cds.resolve("ledger-app.jar"), "extracted");

        run(root, "verify");
        assertThat(Files.readString(calls)).contains("-Xshare:auto -XX:SharedArchiveFile=" + archive.toAbsolutePath()
                + " -jar " + cds.resolve("ledger-app.jar").toAbsolutePath());

        Files.delete(calls);
        run(root, Map.of("LEDGER_CDS", "false"), "verify");
        assertThat(Files.readString(calls)).doesNotContain("SharedArchiveFile")
                .contains("-jar " + jar.toAbsolutePath());
    }

    @Test
    void aJarNewerThanTheArchiveMakesItAgainByATrainingStartOnAThrowawayFolder() throws Exception {
        Files.copy(SCRIPT.resolveSibling("class-archive"), root.resolve("scripts/class-archive"));
        Files.setPosixFilePermissions(root.resolve("scripts/class-archive"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path archive = Files.createDirectories(root.resolve("ledger-app/target/cds")).resolve("ledger-app.jsa");
        Files.writeString(archive, "old");
        age(archive, 3600);

        run(root, "verify");
        List<String> javaCalls = Files.readAllLines(calls).stream().filter(line -> line.startsWith("java ")).toList();
        assertThat(javaCalls.get(0)).contains("-Djarmode=tools -jar " + jar.toAbsolutePath() + " extract");
        assertThat(javaCalls.get(1)).contains("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath())
                .contains("-Dspring.context.exit=onRefresh").contains("--server.port=0")
                .doesNotContain("LEDGER_DATA_DIR=" + root.toAbsolutePath().resolve("data"));
        // the fake java made no archive: the command starts from the jar as it is
        assertThat(javaCalls.get(2)).doesNotContain("SharedArchiveFile").contains("-jar " + jar.toAbsolutePath());
    }

    private void fake(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }

    private Run run(Path directory, String... arguments) throws Exception {
        return run(directory, Map.of(), arguments);
    }

    private Run run(Path directory, Map<String, String> extraEnv, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/ledger").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.remove("LEDGER_DATA_DIR");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.remove("LEDGER_CDS");
        env.putAll(extraEnv);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

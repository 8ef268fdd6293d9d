package io.stakingledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of the developers' guide, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stakingledger");

    @Test
    void domainUsesNoSpring() {
        noClasses().that().resideInAPackage("io.stakingledger.core..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(LEDGER);
    }

    @Test
    void domainDependsOnNeitherProjectionsNorTheApp() {
        noClasses().that().resideInAPackage("io.stakingledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.stakingledger.projections..", "io.stakingledger.app..")
                .check(LEDGER);
    }

    @Test
    void projectionsUseNoSpringAndDoNotDependOnTheApp() {
        noClasses().that().resideInAPackage("io.stakingledger.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.stakingledger.app..")
                .check(LEDGER);
    }

    /** The benchmark harness (scripts/bench) runs from the test classes; the production jar carries none of it. */
    @Test
    void theBenchmarkHarnessIsNotInTheProductionClasses() {
        noClasses().should().resideInAPackage("..bench..")
                .because("the benchmark harness belongs in ledger-app's test sources, out of ledger-app.jar")
                .check(LEDGER);
    }

    @Test
    void domainNeverReadsTheWallClock() {
        noClasses().that().resideInAPackage("io.stakingledger.core..")
                .should().callMethod(java.time.Instant.class, "now")
                .check(LEDGER);
    }
}

package io.stakingledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import io.stakingledger.core.Programs;
import io.stakingledger.core.common.ProgramDefinition;
import io.stakingledger.core.common.ProgramPool;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theCommonDomainKnowsNoProgram() {
        noClasses().that().resideInAPackage("io.stakingledger.core.common..")
                .should().dependOnClassesThat().resideInAnyPackage("io.stakingledger.core.earlystaking..",
                        "io.stakingledger.core.governancemining..", "io.stakingledger.core.pointsboost..",
                        "io.stakingledger.core.voteescrow..")
                .because("generic code is written once against ProgramDefinition")
                .check(LEDGER);
    }

    @Test
    void everyProgramFolderHasOneDefinitionListedInPrograms() {
        Set<String> programFolders = LEDGER.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("io.stakingledger.core.") && !name.startsWith("io.stakingledger.core.common"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> definitionFolders = Programs.ALL.stream().map(d -> d.getClass().getPackageName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(definitionFolders).isEqualTo(programFolders);
        for (ProgramDefinition<?, ?, ?> definition : Programs.ALL) {
            assertThat(definition.getClass().getSimpleName()).endsWith("Definition");
            assertThat(LEDGER.stream().filter(c -> c.getPackageName().equals(definition.getClass().getPackageName()))
                    .filter(c -> c.isAssignableTo(ProgramPool.class)).count())
                    .as("aggregates in " + definition.program()).isEqualTo(1);
        }
    }
}

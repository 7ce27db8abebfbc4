package cn.cppcc.liaison.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph stays acyclic and layered: every feature depends on the kernel and on the features below
 * it only, so a new reader (reports, the evaluation) never makes a lower feature change. README's design
 * notes draw the same layers.
 */
class PackageLayersTest {

    private static final String ROOT = "cn.cppcc.liaison";

    /** Bottom to top; a package may use the packages of lower rows only, never one beside or above it. */
    static final List<List<String>> LAYERS = List.of(
            List.of("kernel"),
            List.of("audit"),
            List.of("committee"),
            List.of("sector", "township"),
            List.of("village", "platform"),
            List.of("member"),
            List.of("studio"),
            List.of("visit"),
            List.of("duty"),
            List.of("opinion"),
            List.of("consultation"),
            List.of("proposal", "activity"),
            List.of("record", "evaluation", "report"),
            List.of("memberimport", "security"),
            List.of("demo"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageUsesOnlyTheKernelAndTheFeaturesBelowIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> row : LAYERS) {
            for (String feature : row) {
                layers = layers.layer(feature).definedBy(ROOT + "." + feature + "..");
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> row : LAYERS) {
            for (String feature : row) {
                layers = below.isEmpty() ? layers.whereLayer(feature).mayNotAccessAnyLayer()
                        : layers.whereLayer(feature).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(row);
        }
        layers.check(classes);
    }

    @Test
    void everyPackageHasItsLayer() {
        List<String> known = LAYERS.stream().flatMap(List::stream).toList();
        List<String> packages = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct().sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(known.stream().sorted().toList(), packages,
                "every top-level package must be placed in LAYERS (and README's layering)");
    }

    @Test
    void todayComesFromTheOfficeClockOnly() {
        // Sessions, lockouts and token expiry (security) keep real time: signed tokens are checked against it.
        noClasses().that().resideOutsideOfPackages(ROOT + ".kernel..", ROOT + ".security..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(YearMonth.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .because("the office clock (kernel.OfficeClock) is the one source of today, so tests can set it")
                .check(classes);
    }

    @Test
    void onlyTheCallerContextAndSignInReadTheSecurityIdentity() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".security..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".kernel.CallerContext")
                .should().dependOnClassesThat().areAssignableTo(SecurityIdentity.class)
                .because("features ask the injected CallerContext, which refuses an anonymous caller")
                .check(classes);
    }
}

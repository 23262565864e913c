package org.seatkeeper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.*;
import org.seatkeeper.usage.UsageBackfill;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The layering rules of the Vaadin walking skeleton, as code: services never depend on views, repositories
 * are used only inside their feature or by transactional classes, features do not depend on each other in
 * cycles; and the one data-access style of docs/decisions/0024-settings-records-and-one-data-access-style.md.
 * The module rules themselves are Spring Modulith's ({@link ModularStructureTest}).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.seatkeeper");

    @Test
    void services_never_depend_on_views() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Transactional.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.seatkeeper..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_feature_or_by_transactional_classes() {
        classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should(beUsedOnlyInTheirOwnPackageOrByTransactionalClasses())
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.seatkeeper.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void plain_sql_goes_through_the_injected_jdbc_client() {
        // JdbcClient has no batch update: the back-fill's bulk inserts are the one use of JdbcTemplate.
        noClasses()
                .that()
                .doNotBelongToAnyOf(UsageBackfill.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcOperations.class)
                .check(CLASSES);
    }

    @Test
    void transactions_come_from_annotations_or_the_injected_transaction_template() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(PlatformTransactionManager.class)
                .check(CLASSES);
    }

    /**
     * The directory is the largest module, and its root package is public API for its own views too (Java
     * cannot give a sub-package more than the world). So what other modules may call is listed here: a new
     * use of anything else (a grid row, a filter, a form's record) fails and must be decided, not slipped in.
     */
    private static final Class<?>[] DIRECTORY_API = {
        ConcurrentCapacities.class,
        ConcurrentCapacityChanged.class,
        ConcurrentClass.class,
        ConcurrentPool.class,
        InvalidUsernameException.class,
        LicencePots.class,
        LicenceTypeRow.class,
        LoginAccount.class,
        LoginAccounts.class,
        LoginRefusal.class,
        ModuleRow.class,
        MyAccountSection.class,
        Phrase.class,
        PotCapacityChanged.class,
        PotName.class,
        PotScope.class,
        PotUsage.class,
        ProfileAdministration.class,
        ProfileData.class,
        ReservedCoverageWarning.class,
        Role.class,
        SetupLists.class,
        UserAdministration.class,
        UserData.class,
        Username.class
    };

    @Test
    void other_modules_use_only_the_directorys_listed_api() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.seatkeeper.directory..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.seatkeeper.directory")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(DIRECTORY_API))))
                .check(CLASSES);
    }

    @Test
    void everything_listed_as_the_directorys_api_is_used_by_another_module() {
        // so the list stays the truth: what no other module needs any more leaves it
        assertThat(Arrays.stream(DIRECTORY_API)
                        .filter(type -> CLASSES.get(type).getDirectDependenciesToSelf().stream()
                                .noneMatch(use ->
                                        !use.getOriginClass().getPackageName().startsWith("org.seatkeeper.directory")))
                        .map(Class::getSimpleName))
                .as("listed as the directory's API but used by no other module")
                .isEmpty();
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackageOrByTransactionalClasses() {
        return new ArchCondition<>("be used only in their own package or by transactional classes") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    boolean ownPackage = user.getPackageName().equals(repository.getPackageName());
                    if (!ownPackage && !transactional(user)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean transactional(JavaClass type) {
        return type.isAnnotatedWith(Transactional.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class));
    }
}

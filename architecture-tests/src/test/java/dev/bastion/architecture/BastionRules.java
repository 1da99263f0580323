package dev.bastion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every dependency rule of ARCHITECTURE.md, defined once. The real tests ({@code *RulesTest},
 * {@code FrameworkFreeCoreTest}) check these objects against the production classes; the
 * {@code *BiteTest} classes check the very same objects against deliberately wrong fixtures
 * (test sources under {@code dev.bastion.*.archfixture*}), so each rule is proven to fail.
 *
 * <p>No rule allows an empty subject: a rule that stops matching anything (a package renamed, a
 * layer emptied) fails instead of passing vacuously.
 */
public final class BastionRules {

    public static final String DOMAIN = "dev.bastion.domain..";
    public static final String APPLICATION = "dev.bastion.application..";
    public static final String ADAPTERS = "dev.bastion.adapters..";
    public static final String REST = "dev.bastion.adapters.rest..";
    public static final String PERSISTENCE = "dev.bastion.adapters.persistence..";
    public static final String MESSAGING = "dev.bastion.adapters.messaging..";
    public static final String BOOTSTRAP = "dev.bastion.bootstrap..";
    /** Business modules (docs/extending.md): {@code dev.bastion.modules.<name>..}, one Maven module each. */
    public static final String MODULES = "dev.bastion.modules..";
    /** Stateless tools (the module generator, {@code tools/codegen}): served by REST, knowing nothing of Bastion. */
    public static final String TOOLS = "dev.bastion.tools..";
    public static final String JDK = "java..";

    /** An outbound port that lives in application (ARCHITECTURE.md, "Modules"). */
    public static final String TRANSACTIONS_PORT = "dev.bastion.application.shared.Transactions";
    /** The access cache and the bus that carries events to every instance: outbound ports in application, implemented by messaging. */
    public static final String ACCESS_CACHE_PORT = "dev.bastion.application.access.AccessCache";
    public static final String EVENT_BUS_PORT = "dev.bastion.application.shared.events.EventBus";
    /** The transactional outbox: an outbound port in application, implemented by persistence (in the change's transaction). */
    public static final String EVENT_OUTBOX_PORT = "dev.bastion.application.shared.events.EventOutbox";
    /** The dictionaries served to front ends, kept per instance: an outbound port in application, implemented by messaging. */
    public static final String DICTIONARY_CACHE_PORT = "dev.bastion.application.system.dictionary.DictionaryCache";
    /** Users as administrators read them, kept per instance: an outbound port in application, implemented by messaging. */
    public static final String USER_READ_CACHE_PORT = "dev.bastion.application.identity.administration.UserReadCache";
    /** The cluster scheduler (plans, run orders): an outbound port in application, implemented by persistence in the caller's transaction. */
    public static final String JOB_SCHEDULER_PORT = "dev.bastion.application.scheduling.JobScheduler";
    /** What a business module provides to be found at start: implemented by each module's wiring. */
    public static final String BASTION_MODULE_PORT = "dev.bastion.application.modules.BastionModule";
    /** What business modules tell the core before it deletes a department: implemented by a module's application. */
    public static final String DEPARTMENT_OWNED_RECORDS_PORT = "dev.bastion.application.organization.DepartmentOwnedRecords";
    /** Every outbound port of application; any other interface there is an inbound port (a use case). */
    public static final String[] APPLICATION_OUTBOUND_PORTS =
            {TRANSACTIONS_PORT, ACCESS_CACHE_PORT, EVENT_BUS_PORT, EVENT_OUTBOX_PORT, DICTIONARY_CACHE_PORT,
                    USER_READ_CACHE_PORT, JOB_SCHEDULER_PORT, BASTION_MODULE_PORT, DEPARTMENT_OWNED_RECORDS_PORT};

    static final String MAPPED_ENTITY = "io.micronaut.data.annotation.MappedEntity";
    /** Meta-annotation of {@code @JdbcRepository}, {@code @R2dbcRepository} and friends. */
    static final String DATA_REPOSITORY = "io.micronaut.data.annotation.Repository";

    /** What the core (domain + application) must never touch. {@code javax.inject} is not on
     *  the classpath today, which is exactly why it is listed: nobody may bring it in. */
    static final String[] FRAMEWORK_AND_INFRASTRUCTURE = {
            "io.micronaut..", "jakarta..", "javax.inject..", "io.lettuce..", "org.mapstruct..",
            "com.fasterxml..", "org.flywaydb..", "io.swagger..", "org.slf4j..",
            // "No SQL" in the core: java.sql is part of java.. and would slip through rule 1.
            "java.sql..", "javax.sql.."};

    private BastionRules() {
    }

    // ---------------------------------------------------------------- 1, 2: a framework-free core

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK =
            classes().that().resideInAPackage(DOMAIN)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, JDK)
                    .because("the domain has no dependency but the JDK (ARCHITECTURE.md)");

    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK =
            classes().that().resideInAPackage(APPLICATION)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, JDK)
                    .because("application depends on domain only (ARCHITECTURE.md)");

    public static final ArchRule CORE_DOES_NOT_TOUCH_FRAMEWORKS =
            noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_AND_INFRASTRUCTURE)
                    .because("no Micronaut, Jakarta, Lettuce, MapStruct, Jackson, Flyway, Swagger, "
                            + "SLF4J or SQL in domain and application (ARCHITECTURE.md)");

    public static final ArchRule CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS =
            classes().that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should(carryOnlyAnnotationsFrom(JDK, DOMAIN, APPLICATION))
                    .because("the core has no annotations from any framework, not even through a "
                            + "meta-annotation like buckpal's @UseCase = @Component (STYLE.md)");

    // ---------------------------------------------------------------- 3: dependencies point inward

    public static final ArchRule LAYERS =
            layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .layer("Domain").definedBy(DOMAIN)
                    .layer("Application").definedBy(APPLICATION)
                    .layer("REST").definedBy(REST)
                    .layer("Persistence").definedBy(PERSISTENCE)
                    .layer("Messaging").definedBy(MESSAGING)
                    .layer("Bootstrap").definedBy(BOOTSTRAP)
                    .optionalLayer("Modules").definedBy(MODULES)
                    .layer("Tools").definedBy(TOOLS)
                    .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                    .whereLayer("Modules").mayNotBeAccessedByAnyLayer()
                    .whereLayer("REST").mayOnlyBeAccessedByLayers("Bootstrap", "Modules")
                    .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap", "Modules")
                    .whereLayer("Messaging").mayOnlyBeAccessedByLayers("Bootstrap")
                    .whereLayer("Tools").mayOnlyBeAccessedByLayers("REST", "Bootstrap")
                    .whereLayer("Application")
                    .mayOnlyBeAccessedByLayers("REST", "Persistence", "Messaging", "Bootstrap", "Modules")
                    .whereLayer("Domain")
                    .mayOnlyBeAccessedByLayers("Application", "REST", "Persistence", "Messaging", "Bootstrap", "Modules")
                    .ensureAllClassesAreContainedInArchitecture()
                    .because("dependencies point inward only; only bootstrap sees everything; nothing of the core, "
                            + "bootstrap included, knows a business module (ARCHITECTURE.md, docs/extending.md); what "
                            + "of the core a module may use is narrowed by MODULES_USE_ONLY_THE_PUBLISHED_CORE");

    /**
     * A tool is a library the REST adapter serves (docs/architecture.md, "Tools"): it takes plain data
     * and returns plain data, so it knows nothing of Bastion's domain, use cases or adapters, and a
     * command line runs it without the server.
     */
    public static final ArchRule TOOLS_DEPEND_ON_NOTHING_OF_BASTION_BUT_TOOLS =
            noClasses().that().resideInAPackage(TOOLS)
                    .should().dependOnClassesThat(DescribedPredicate.describe(
                            "belong to Bastion outside dev.bastion.tools", (JavaClass target) -> {
                                String pkg = target.getBaseComponentType().getPackageName();
                                return PackageMatchers.of("dev.bastion..").test(pkg) && !PackageMatchers.of(TOOLS).test(pkg);
                            }))
                    .because("a tool is a stateless library over plain data, served by REST and run from the command "
                            + "line; it is no bounded context (docs/architecture.md, \"Tools\")");

    /** Also covers adapters added later (any {@code dev.bastion.adapters.<name>}). */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
            slices().matching("dev.bastion.adapters.(*)..").namingSlices("adapter '$1'")
                    .should().notDependOnEachOther()
                    .because("an adapter depends on application and domain, never on another adapter (ARCHITECTURE.md)");

    public static final ArchRule NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP =
            noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
                    .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
                    .because("bootstrap wires everything and nothing depends on it (ARCHITECTURE.md)");

    // ---------------------------------------------------------------- 3b: business modules (docs/extending.md)
    //
    // These rules allow an empty subject, unlike the others: a product may ship no business module,
    // and the modules are only in this module's view once they are its test dependencies. The bite
    // tests (ModuleRulesBiteTest) prove each one fails on fixture modules.

    /** What of the core a business module may use: the published surface, nothing else. */
    static final String[] PUBLISHED_CORE_PACKAGES = {
            "dev.bastion.domain.shared..", "dev.bastion.application.shared..", "dev.bastion.application.modules..",
            "dev.bastion.adapters.rest.problem..", "dev.bastion.adapters.rest.security..",
            "dev.bastion.adapters.rest.shared..", "dev.bastion.adapters.rest.json..",
            "dev.bastion.adapters.rest.input..", "dev.bastion.adapters.persistence.shared.."};
    /** The current actor, its access and data scope, and the ids a module's records refer to. */
    static final Set<String> PUBLISHED_CORE_CLASSES = Set.of(
            "dev.bastion.application.access.GetUserAccess",
            "dev.bastion.domain.access.UserAccess", "dev.bastion.domain.access.PermissionSet",
            "dev.bastion.domain.access.PermissionCode", "dev.bastion.domain.access.DataScope",
            "dev.bastion.domain.organization.RecordScope", "dev.bastion.domain.organization.DeptId",
            "dev.bastion.domain.identity.UserId",
            // Whether a department exists, for records a department owns (inventory's warehouses): read only.
            "dev.bastion.application.organization.DepartmentDirectory",
            // What a module tells the core: a department owning its records is not deleted.
            "dev.bastion.application.organization.DepartmentOwnedRecords");

    static final DescribedPredicate<JavaClass> CORE_BEYOND_ITS_PUBLISHED_SURFACE = DescribedPredicate.describe(
            "belong to the core beyond its published surface (aggregates, services, repositories, adapters' internals, bootstrap)",
            javaClass -> {
                JavaClass type = javaClass.getBaseComponentType();
                String name = type.getName();
                return PackageMatchers.of("dev.bastion..").test(type.getPackageName())
                        && !PackageMatchers.of(MODULES).test(type.getPackageName())
                        && !PackageMatchers.of(PUBLISHED_CORE_PACKAGES).test(type.getPackageName())
                        && !PUBLISHED_CORE_CLASSES.contains(name)
                        && !PUBLISHED_CORE_CLASSES.contains(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
            });

    /** (a) A module never imports another: they talk through domain events. */
    public static final ArchRule MODULES_DO_NOT_DEPEND_ON_EACH_OTHER =
            slices().matching("dev.bastion.modules.(*)..").namingSlices("business module '$1'")
                    .should().notDependOnEachOther()
                    .allowEmptyShould(true)
                    .because("business modules talk to each other through domain events only (docs/extending.md)");

    /** (b) A module uses the core through its published ports and values, never its aggregates or services. */
    public static final ArchRule MODULES_USE_ONLY_THE_PUBLISHED_CORE =
            noClasses().that().resideInAPackage(MODULES)
                    .should().dependOnClassesThat(CORE_BEYOND_ITS_PUBLISHED_SURFACE)
                    .allowEmptyShould(true)
                    .because("a business module depends on the core only through its published surface: shared "
                            + "values, events and transactions, the current actor's access, ids, the adapters' "
                            + "shared infrastructure (docs/extending.md)");

    static final String MODULE_DOMAIN = "dev.bastion.modules.*.domain..";
    static final String MODULE_APPLICATION = "dev.bastion.modules.*.application..";
    static final String MODULE_REST = "dev.bastion.modules.*.adapters.rest..";
    static final String MODULE_PERSISTENCE = "dev.bastion.modules.*.adapters.persistence..";
    static final String MODULE_WIRING = "dev.bastion.modules.*.wiring..";

    /** (c) Every class of a module sits in one of its five layers. */
    public static final ArchRule MODULE_CLASSES_SIT_IN_A_LAYER =
            classes().that().resideInAPackage(MODULES).and().doNotHaveSimpleName("package-info")
                    // what Micronaut writes for package-info's @Configuration (the module switch), beside it
                    .and().haveNameNotMatching("dev\\.bastion\\.modules\\.[^.]+\\.\\$BeanConfiguration")
                    .should().resideInAnyPackage(MODULE_DOMAIN, MODULE_APPLICATION, MODULE_REST, MODULE_PERSISTENCE,
                            MODULE_WIRING)
                    .allowEmptyShould(true)
                    .because("a business module is laid out as the core: domain, application, adapters.rest, "
                            + "adapters.persistence, wiring (docs/extending.md)");

    /** (c) Inside a module, the core's layering: dependencies point inward, the wiring sees everything. */
    public static final ArchRule MODULE_LAYERS =
            layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                    .layer("Module domain").definedBy(MODULE_DOMAIN)
                    .layer("Module application").definedBy(MODULE_APPLICATION)
                    .layer("Module REST").definedBy(MODULE_REST)
                    .layer("Module persistence").definedBy(MODULE_PERSISTENCE)
                    .layer("Module wiring").definedBy(MODULE_WIRING)
                    .whereLayer("Module wiring").mayNotBeAccessedByAnyLayer()
                    .whereLayer("Module REST").mayOnlyBeAccessedByLayers("Module wiring")
                    .whereLayer("Module persistence").mayOnlyBeAccessedByLayers("Module wiring")
                    .whereLayer("Module application")
                    .mayOnlyBeAccessedByLayers("Module REST", "Module persistence", "Module wiring")
                    .whereLayer("Module domain")
                    .mayOnlyBeAccessedByLayers("Module application", "Module REST", "Module persistence", "Module wiring")
                    .allowEmptyShould(true)
                    .because("inside a business module dependencies point inward, as in the core (ARCHITECTURE.md)");

    /** (c) A module's domain is pure Java, as the core's. */
    public static final ArchRule MODULE_DOMAIN_DEPENDS_ONLY_ON_DOMAINS_AND_THE_JDK =
            classes().that().resideInAPackage(MODULE_DOMAIN)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(MODULE_DOMAIN, DOMAIN, JDK)
                    .andShould(carryOnlyAnnotationsFrom(JDK, DOMAIN, MODULE_DOMAIN))
                    .allowEmptyShould(true)
                    .because("a business module's domain has no dependency but the JDK and the core's domain values");

    /** (c) A module's application depends on domains only (its own, the core's published values). */
    public static final ArchRule MODULE_APPLICATION_DEPENDS_ONLY_ON_THE_CENTER_AND_THE_JDK =
            classes().that().resideInAPackage(MODULE_APPLICATION)
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage(MODULE_APPLICATION, MODULE_DOMAIN, APPLICATION, DOMAIN, JDK)
                    .andShould(carryOnlyAnnotationsFrom(JDK, DOMAIN, APPLICATION, MODULE_DOMAIN, MODULE_APPLICATION))
                    .allowEmptyShould(true)
                    .because("a business module's application depends on domain only, framework-free (ARCHITECTURE.md)");

    // ---------------------------------------------------------------- 4: no cycles between contexts

    public static final ArchRule DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES =
            slices().matching("dev.bastion.domain.(*)..").namingSlices("domain context '$1'")
                    .should().beFreeOfCycles();

    public static final ArchRule APPLICATION_CONTEXTS_ARE_FREE_OF_CYCLES =
            slices().matching("dev.bastion.application.(*)..").namingSlices("application context '$1'")
                    .should().beFreeOfCycles();

    public static final ArchRule REST_CONTEXTS_ARE_FREE_OF_CYCLES =
            slices().matching("dev.bastion.adapters.rest.(*)..").namingSlices("REST context '$1'")
                    .should().beFreeOfCycles();

    public static final ArchRule PERSISTENCE_CONTEXTS_ARE_FREE_OF_CYCLES =
            slices().matching("dev.bastion.adapters.persistence.(*)..").namingSlices("persistence context '$1'")
                    .should().beFreeOfCycles();

    public static final ArchRule MESSAGING_CONTEXTS_ARE_FREE_OF_CYCLES =
            slices().matching("dev.bastion.adapters.messaging.(*)..").namingSlices("messaging context '$1'")
                    .should().beFreeOfCycles();

    // ---------------------------------------------------------------- 5: rows are private to persistence

    /**
     * A persistence row or row repository: annotated {@code @MappedEntity}, or a Micronaut Data
     * repository ({@code @JdbcRepository} etc., meta-annotated {@code @Repository}), or a Bastion
     * class named {@code *Row} / {@code *RowRepository}.
     */
    static final DescribedPredicate<JavaClass> PERSISTENCE_ROW = DescribedPredicate.describe(
            "are persistence rows or row repositories (@MappedEntity, @JdbcRepository, named *Row or *RowRepository)",
            javaClass -> javaClass.isAnnotatedWith(MAPPED_ENTITY)
                    || javaClass.isMetaAnnotatedWith(DATA_REPOSITORY)
                    || (PackageMatchers.of("dev.bastion..").test(javaClass.getPackageName())
                        && (javaClass.getSimpleName().endsWith("Row") || javaClass.getSimpleName().endsWith("RowRepository"))));

    /** Micronaut's generated classes ($Foo$Definition, $Foo$Intercepted, $Foo$Introspection) start with '$'. */
    static final DescribedPredicate<JavaClass> GENERATED_BY_MICRONAUT = DescribedPredicate.describe(
            "generated by Micronaut (name starting with '$')",
            javaClass -> javaClass.getName().substring(javaClass.getPackageName().isEmpty() ? 0
                    : javaClass.getPackageName().length() + 1).startsWith("$"));

    /**
     * A business module's persistence adapter holds its own rows: whose rows they are is settled by the
     * module rules (the core never sees a module, a module never the core's internals nor another module).
     */
    public static final ArchRule ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE =
            noClasses().that().resideOutsideOfPackages(PERSISTENCE, MODULE_PERSISTENCE)
                    .should().dependOnClassesThat(PERSISTENCE_ROW)
                    .because("@MappedEntity rows and @JdbcRepository interfaces are private to the persistence adapter "
                            + "(the core's or a business module's) (ARCHITECTURE.md, docs/extending.md)");

    public static final ArchRule ROWS_RESIDE_IN_PERSISTENCE =
            classes().that(PERSISTENCE_ROW)
                    .should().resideInAnyPackage(PERSISTENCE, MODULE_PERSISTENCE)
                    .because("rows and row repositories belong to the persistence adapter (the core's or a business "
                            + "module's) (ARCHITECTURE.md, docs/extending.md)");

    public static final ArchRule MAPPED_ENTITIES_ARE_NAMED_ROW =
            classes().that().areAnnotatedWith(MAPPED_ENTITY)
                    .should().haveSimpleNameEndingWith("Row")
                    .because("a @MappedEntity is a row, never an aggregate (ARCHITECTURE.md, STYLE.md)");

    public static final ArchRule DATA_REPOSITORIES_ARE_NAMED_ROW_REPOSITORY =
            classes().that().areInterfaces().and().areMetaAnnotatedWith(DATA_REPOSITORY)
                    .should().haveSimpleNameEndingWith("RowRepository")
                    .because("Micronaut Data repositories serve rows; '*Repository' alone names a domain port");

    // ---------------------------------------------------------------- 6: ports named and placed

    public static final ArchRule REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN =
            classes().that().areInterfaces()
                    .and().haveSimpleNameEndingWith("Repository")
                    .and().haveSimpleNameNotEndingWith("RowRepository")
                    .should().resideInAnyPackage(DOMAIN, MODULE_DOMAIN)
                    .because("repository ports live in domain (the core's or a business module's) next to their "
                            + "aggregate; adapter-side repositories are *RowRepository (ARCHITECTURE.md)");

    public static final ArchRule USE_CASE_SERVICES_IMPLEMENT_A_USE_CASE_OF_THEIR_PACKAGE =
            classes().that().resideInAPackage(APPLICATION)
                    .and().arePublic()
                    .and().areNotInterfaces()
                    .and().haveSimpleNameEndingWith("Service")
                    .should(implementAnInterfaceOfTheirOwnPackage())
                    .because("a <UseCase>Service implements the inbound port <UseCase> next to it (ARCHITECTURE.md)");

    /**
     * Interfaces of the domain that are not ports to infrastructure but the shape of work the
     * application itself provides: a scheduled job's handler (the built-in ones are use-case
     * chores, next to the use cases they run) and the context the runner hands it.
     */
    public static final Set<String> DOMAIN_PLUG_IN_POINTS = Set.of(
            "dev.bastion.domain.scheduling.JobHandler", "dev.bastion.domain.scheduling.JobContext");

    public static final ArchRule DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP =
            classes().that().resideOutsideOfPackage(DOMAIN)
                    .and().implement(DescribedPredicate.describe("an interface in " + DOMAIN + " or " + MODULE_DOMAIN
                                    + " (other than the plug-in points " + DOMAIN_PLUG_IN_POINTS + ")",
                            (JavaClass type) -> PackageMatchers.of(DOMAIN, MODULE_DOMAIN).test(type.getPackageName())
                                    && !DOMAIN_PLUG_IN_POINTS.contains(type.getName())))
                    .should().resideInAnyPackage(ADAPTERS, BOOTSTRAP, MODULE_DOMAIN, MODULE_REST, MODULE_PERSISTENCE,
                            MODULE_WIRING)
                    .because("domain ports are implemented by adapters (or wired in bootstrap), never by use cases; "
                            + "a business module's domain implements the core's domain interfaces (DomainEvent) as "
                            + "the core's domain does");

    public static final ArchRule TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE =
            classes().that().implement(TRANSACTIONS_PORT).or().implement(EVENT_OUTBOX_PORT)
                    .should().resideInAPackage(PERSISTENCE)
                    .because("adapters-persistence implements the Transactions port and the outbox, whose events "
                            + "must commit with the change (ARCHITECTURE.md)");

    public static final ArchRule ACCESS_CACHE_PORTS_ARE_IMPLEMENTED_BY_MESSAGING =
            classes().that().implement(ACCESS_CACHE_PORT).or().implement(EVENT_BUS_PORT)
                    .should().resideInAPackage(MESSAGING)
                    .because("adapters-messaging implements the access cache and the bus that carries events to "
                            + "every instance (ARCHITECTURE.md)");

    /**
     * Micronaut writes AOP proxies as {@code $Foo$Intercepted implements Foo} into the module that
     * declares the bean: an advised use-case bean in bootstrap would otherwise count as bootstrap
     * "implementing" the use case.
     */
    public static final ArchRule ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION =
            classes().that().resideOutsideOfPackage(APPLICATION)
                    .and(DescribedPredicate.not(GENERATED_BY_MICRONAUT))
                    .should(implementNoApplicationInterfaceBut(APPLICATION_OUTBOUND_PORTS))
                    .because("application interfaces are inbound ports, implemented by their services; "
                            + "Transactions, AccessCache, DictionaryCache, UserReadCache and AccessChanges are the outbound ports there (ARCHITECTURE.md)");

    // ---------------------------------------------------------------- custom conditions

    /**
     * Every annotation on the class, its fields, methods, constructors and their parameters,
     * and every meta-annotation of those, comes from one of {@code packages}.
     */
    static ArchCondition<JavaClass> carryOnlyAnnotationsFrom(String... packages) {
        PackageMatchers allowed = PackageMatchers.of(packages);
        return new ArchCondition<>("carry only annotations (and meta-annotations) from " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                checkAll(javaClass, "Class <" + javaClass.getName() + ">", javaClass.getAnnotations(), events);
                for (JavaMember member : javaClass.getMembers()) {
                    checkAll(javaClass, member.getDescription(), member.getAnnotations(), events);
                    if (member instanceof JavaCodeUnit codeUnit) {
                        for (JavaParameter parameter : codeUnit.getParameters()) {
                            checkAll(javaClass, "Parameter " + parameter.getIndex() + " of " + member.getDescription(),
                                    parameter.getAnnotations(), events);
                        }
                    }
                }
            }

            private void checkAll(JavaClass owner, String where, Set<? extends JavaAnnotation<?>> annotations,
                                  ConditionEvents events) {
                for (JavaAnnotation<?> annotation : annotations) {
                    check(owner, where + " is annotated with @" + annotation.getRawType().getName(),
                            annotation.getRawType(), new HashSet<>(), events);
                }
            }

            private void check(JavaClass owner, String path, JavaClass annotationType, Set<String> seen,
                               ConditionEvents events) {
                if (!seen.add(annotationType.getName())) {
                    return;
                }
                if (!allowed.test(annotationType.getPackageName())) {
                    events.add(SimpleConditionEvent.violated(owner, path + " in " + owner.getSourceCodeLocation()));
                    return;
                }
                if (annotationType.getPackageName().startsWith("java.")) {
                    return; // @Retention, @Target, @Documented: JDK all the way down
                }
                for (JavaAnnotation<JavaClass> meta : annotationType.getAnnotations()) {
                    check(owner, path + ", which is meta-annotated with @" + meta.getRawType().getName(),
                            meta.getRawType(), seen, events);
                }
            }
        };
    }

    static ArchCondition<JavaClass> implementNoApplicationInterfaceBut(String... allowedPorts) {
        PackageMatchers application = PackageMatchers.of(APPLICATION);
        Set<String> allowed = Set.of(allowedPorts);
        String named = String.join(", ", allowedPorts);
        return new ArchCondition<>("implement no interface of " + APPLICATION + " but " + named) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getAllRawInterfaces().stream()
                        .filter(type -> application.test(type.getPackageName()) && !allowed.contains(type.getName()))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                                + "> implements <" + type.getName() + ">, an interface of application other than "
                                + named + ", in " + javaClass.getSourceCodeLocation())));
            }
        };
    }

    static ArchCondition<JavaClass> implementAnInterfaceOfTheirOwnPackage() {
        return new ArchCondition<>("implement an interface of their own package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean implementsOwnPackagePort = javaClass.getAllRawInterfaces().stream()
                        .anyMatch(type -> type.getPackageName().equals(javaClass.getPackageName()));
                if (!implementsOwnPackagePort) {
                    String implemented = javaClass.getAllRawInterfaces().stream()
                            .map(JavaClass::getName).sorted().collect(Collectors.joining(", ", "[", "]"));
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> implements no interface of package <" + javaClass.getPackageName()
                            + ">, only " + implemented + " in " + javaClass.getSourceCodeLocation()));
                }
            }
        };
    }

    // ---------------------------------------------------------------- 7: every API operation declares its access

    private static final Set<String> HTTP_METHODS = Set.of(
            "io.micronaut.http.annotation.Get", "io.micronaut.http.annotation.Post",
            "io.micronaut.http.annotation.Put", "io.micronaut.http.annotation.Delete",
            "io.micronaut.http.annotation.Patch");
    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String REQUIRES_PERMISSION = "dev.bastion.adapters.rest.security.RequiresPermission";
    private static final String SECURED = "io.micronaut.security.annotation.Secured";

    private static final DescribedPredicate<JavaCodeUnit> API_OPERATIONS =
            new DescribedPredicate<>("HTTP operations of controllers under /api/") {
                @Override
                public boolean test(JavaCodeUnit method) {
                    JavaClass owner = method.getOwner();
                    return owner.isAnnotatedWith(CONTROLLER)
                            && String.valueOf(owner.getAnnotationOfType(CONTROLLER).get("value").orElse(""))
                            .startsWith("/api/")
                            && method.getAnnotations().stream()
                            .anyMatch(a -> HTTP_METHODS.contains(a.getRawType().getName()));
                }
            };

    /**
     * Every operation under {@code /api/} says who may call it: {@code @RequiresPermission("…")},
     * or explicitly {@code @Secured(IS_AUTHENTICATED)} (any signed-in user) or
     * {@code @Secured(IS_ANONYMOUS)} (public). An operation without either would fall back to
     * whatever the security defaults are, which is how endpoints get opened by mistake.
     */
    public static final ArchRule API_OPERATIONS_DECLARE_ACCESS =
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits().that(API_OPERATIONS)
                    .should(new ArchCondition<JavaCodeUnit>("declare @RequiresPermission or an explicit @Secured") {
                        @Override
                        public void check(JavaCodeUnit method, ConditionEvents events) {
                            boolean declared = method.isAnnotatedWith(REQUIRES_PERMISSION)
                                    || method.isAnnotatedWith(SECURED);
                            if (!declared) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " declares no permission (@RequiresPermission) nor explicit access (@Secured)"));
                            }
                        }
                    })
                    .because("API.md: every endpoint needs the permission in its row; public ones are marked");

    // ---------------------------------------------------------------- 8: controllers call use cases only

    /**
     * A controller translates HTTP to a use case and back: every call it makes into the core goes
     * to a use case (an application interface some {@code *Service} implements) or to a domain
     * value, never to a port (a domain interface such as a repository, or an outbound port of
     * the application such as {@code Transactions}) nor to a service class behind its use case.
     */
    public static final ArchRule CONTROLLERS_CALL_ONLY_USE_CASES =
            classes().that().areAnnotatedWith(CONTROLLER)
                    .should(new ArchCondition<JavaClass>("call into the core only through use cases") {
                        @Override
                        public void check(JavaClass controller, ConditionEvents events) {
                            for (JavaMethodCall call : controller.getMethodCallsFromSelf()) {
                                JavaClass owner = call.getTargetOwner();
                                String problem = coreCallProblem(owner);
                                if (problem != null) {
                                    events.add(SimpleConditionEvent.violated(call,
                                            call.getDescription() + ": " + problem));
                                }
                            }
                        }
                    })
                    .because("controllers only call application use cases (ARCHITECTURE.md)");

    /** Why calling a method of {@code owner} from a controller is wrong, or null when it is fine. */
    private static String coreCallProblem(JavaClass owner) {
        boolean inDomain = PackageMatchers.of(DOMAIN).test(owner.getPackageName());
        boolean inApplication = PackageMatchers.of(APPLICATION).test(owner.getPackageName());
        if (inDomain && owner.isInterface()) {
            return "calls the domain port " + owner.getSimpleName() + " (go through a use case)";
        }
        if (inApplication && !owner.isInterface() && owner.getSimpleName().endsWith("Service")) {
            return "calls the service class " + owner.getSimpleName() + " (depend on its use case)";
        }
        if (inApplication && owner.isInterface() && owner.getAllSubclasses().stream()
                .noneMatch(impl -> impl.getSimpleName().endsWith("Service")
                        && PackageMatchers.of(APPLICATION).test(impl.getPackageName()))) {
            return "calls " + owner.getSimpleName() + ", which no *Service implements: an outbound port, not a use case";
        }
        return null;
    }

    // ---------------------------------------------------------------- 9: REST reads read models, not aggregates

    /**
     * An aggregate of the domain: a class rebuilt from storage through a static {@code reconstitute}
     * method (how every aggregate is stored and read back, see ARCHITECTURE.md), so a new aggregate
     * is covered without editing a list.
     */
    static final DescribedPredicate<JavaClass> DOMAIN_AGGREGATE = DescribedPredicate.describe(
            "domain aggregates (classes with a static reconstitute method)",
            javaClass -> PackageMatchers.of(DOMAIN).test(javaClass.getPackageName())
                    && javaClass.getMethods().stream().anyMatch(method -> method.getName().equals("reconstitute")
                    && method.getModifiers().contains(JavaModifier.STATIC)));

    /**
     * The REST adapter renders the read models use cases return (records in application) and
     * sends values and commands; it never holds an aggregate, whose methods change state.
     */
    public static final ArchRule REST_DOES_NOT_DEPEND_ON_AGGREGATES =
            noClasses().that().resideInAPackage(REST)
                    .should().dependOnClassesThat(DOMAIN_AGGREGATE)
                    .because("use cases return read models; aggregates stay in the center (ARCHITECTURE.md)");

    // ---------------------------------------------------------------- 10: every REST bean reaches the center through use cases

    /**
     * Domain ports REST may still use: reading the time is not reaching into the center (the
     * token checks judge lifetimes on the clock the sessions were stamped with).
     */
    static final Set<String> PORTS_REST_MAY_USE = Set.of("dev.bastion.domain.shared.Clock");

    /**
     * Rule 8 for every class of the REST adapter, not only controllers: security filters,
     * validators, mappers and any other bean depend on the core only through use cases and values,
     * never on a domain port (a repository, a store), an outbound port of the application
     * ({@code Transactions}, …) or a service class behind a use case.
     */
    public static final ArchRule REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES =
            classes().that().resideInAPackage(REST)
                    .should(new ArchCondition<JavaClass>("depend on the core only through use cases and values") {
                        @Override
                        public void check(JavaClass restClass, ConditionEvents events) {
                            restClass.getDirectDependenciesFromSelf().stream()
                                    .filter(dependency -> !PORTS_REST_MAY_USE.contains(dependency.getTargetClass().getName()))
                                    .forEach(dependency -> {
                                        String problem = coreDependencyProblem(dependency.getTargetClass().getBaseComponentType());
                                        if (problem != null) {
                                            events.add(SimpleConditionEvent.violated(dependency,
                                                    dependency.getDescription() + ": " + problem));
                                        }
                                    });
                        }
                    })
                    .because("REST beans only use application use cases (ARCHITECTURE.md)");

    /** Why depending on {@code target} from a REST class is wrong, or null when it is fine. */
    private static String coreDependencyProblem(JavaClass target) {
        boolean inDomain = PackageMatchers.of(DOMAIN).test(target.getPackageName());
        boolean inApplication = PackageMatchers.of(APPLICATION).test(target.getPackageName());
        if (inDomain && target.isInterface() && !isSealed(target)) {
            return "uses the domain port " + target.getSimpleName() + " (go through a use case)";
        }
        if (inApplication && !target.isInterface() && !isRecord(target) && (target.getSimpleName().endsWith("Service")
                || target.getRawInterfaces().stream().anyMatch(type -> PackageMatchers.of(APPLICATION)
                .test(type.getPackageName())))) {
            return "uses the service class " + target.getSimpleName() + " (depend on its use case)";
        }
        if (inApplication && target.isInterface() && target.getEnclosingClass().isEmpty()
                && target.getAllSubclasses().stream().noneMatch(impl -> !impl.isInterface()
                && PackageMatchers.of(APPLICATION).test(impl.getPackageName()))) {
            return "uses " + target.getSimpleName() + ", which nothing in application implements: an outbound port, "
                    + "not a use case";
        }
        return null;
    }

    /** A record is a value (a command, a result, a read model), never a service. */
    private static boolean isRecord(JavaClass javaClass) {
        return javaClass.getRawSuperclass().map(superclass -> superclass.isEquivalentTo(Record.class)).orElse(false);
    }

    /** A sealed interface of the domain is a closed family of values, not a port. */
    private static boolean isSealed(JavaClass javaClass) {
        try {
            return javaClass.reflect().isSealed();
        } catch (RuntimeException | LinkageError notLoadable) {
            return false;
        }
    }
}

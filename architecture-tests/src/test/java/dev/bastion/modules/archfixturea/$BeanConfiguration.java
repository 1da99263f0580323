package dev.bastion.modules.archfixturea;

/**
 * Compliant where it is: stands for the class Micronaut writes beside a module's package-info.java
 * (its {@code @Configuration}, the module switch), in the module's root package; this module compiles
 * without annotation processing, so it is written by hand under the generated name.
 */
public final class $BeanConfiguration {
}

package dev.bastion.modules.archfixturea.domain;

import java.util.Optional;

/** A well-behaved module port: a repository in the module's domain. */
public interface WidgetRepository {

    Optional<Widget> findByName(String name);
}

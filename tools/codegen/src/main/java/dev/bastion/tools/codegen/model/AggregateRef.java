package dev.bastion.tools.codegen.model;

import dev.bastion.tools.codegen.spec.AggregateSpec;
import dev.bastion.tools.codegen.spec.Naming;
import dev.bastion.tools.codegen.spec.Shape;
import java.util.Locale;

/**
 * Another aggregate as one refers to it: a parent (an item's warehouse) or a child (a warehouse's
 * items), with the field and column that hold the parent's id in the child, and the other's table
 * ({@code refTable}, {@code refSoftDelete}: named apart from the aggregate's own, which a template may need
 * inside a section on the other).
 */
public record AggregateRef(String name, String camel, String plural, String pluralCamel, String words,
                           String idField, String idColumn, boolean owned, boolean tree, String refTable,
                           boolean refSoftDelete) {

    /** "an asset", "a warehouse". */
    public String aWords() {
        return Naming.withArticle(words);
    }

    /** "An asset", "A warehouse". */
    public String aWordsCapital() {
        return Naming.pascal(aWords());
    }

    static AggregateRef of(String context, AggregateSpec spec, String parentName) {
        String plural = Naming.plural(spec.name());
        return new AggregateRef(spec.name(), Naming.camel(spec.name()), plural, Naming.camel(plural),
                Naming.words(spec.name()).toLowerCase(Locale.ROOT),
                Naming.camel(parentName) + "Id", Naming.snake(parentName) + "_id", spec.ownedByDepartment(),
                spec.shape() == Shape.TREE, context + "_" + Naming.snake(plural), spec.softDelete());
    }
}

package dev.bastion.application.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** An item of a tree and the nodes under it, siblings in order. */
public record TreeNode<T>(T item, List<TreeNode<T>> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    /** The same tree with every item converted (a read model of each aggregate, say). */
    public <R> TreeNode<R> map(Function<? super T, ? extends R> convert) {
        return new TreeNode<>(convert.apply(item), children.stream().map(child -> child.<R>map(convert)).toList());
    }

    /** {@link #map} over each tree of a forest. */
    public static <T, R> List<TreeNode<R>> mapAll(List<TreeNode<T>> forest, Function<? super T, ? extends R> convert) {
        return forest.stream().map(tree -> tree.<R>map(convert)).toList();
    }

    /**
     * The trees {@code items} form: roots are the items without a parent; an item whose parent is
     * not among {@code items} is left out with everything under it (a hidden parent hides its
     * subtree). Siblings are sorted by {@code siblingOrder}.
     */
    public static <T, K> List<TreeNode<T>> forest(Collection<T> items, Function<T, K> id,
                                                  Function<T, Optional<K>> parent, Comparator<T> siblingOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(siblingOrder);
        Map<K, List<T>> byParent = new HashMap<>();
        List<T> roots = new ArrayList<>();
        for (T item : sorted) {
            parent.apply(item).ifPresentOrElse(
                    p -> byParent.computeIfAbsent(p, key -> new ArrayList<>()).add(item),
                    () -> roots.add(item));
        }
        return roots.stream().map(root -> node(root, id, byParent)).toList();
    }

    /**
     * The trees {@code items} form when they are what a viewer may see of a larger tree: an item
     * whose parent is not among {@code items} is a root (what lies above it is hidden, not what
     * lies under it). Siblings are sorted by {@code siblingOrder}.
     */
    public static <T, K> List<TreeNode<T>> visibleForest(Collection<T> items, Function<T, K> id,
                                                         Function<T, Optional<K>> parent, Comparator<T> siblingOrder) {
        Set<K> present = new HashSet<>();
        items.forEach(item -> present.add(id.apply(item)));
        return forest(items, id, item -> parent.apply(item).filter(present::contains), siblingOrder);
    }

    private static <T, K> TreeNode<T> node(T item, Function<T, K> id, Map<K, List<T>> byParent) {
        return new TreeNode<>(item, byParent.getOrDefault(id.apply(item), List.of()).stream()
                .map(child -> node(child, id, byParent)).toList());
    }
}

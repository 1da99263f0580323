package dev.bastion.tools.codegen.spec;

/** How an aggregate's records relate to each other: a flat list, or a tree (each under a parent of its own kind). */
public enum Shape {
    FLAT, TREE
}

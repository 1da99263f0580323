package dev.bastion.tools.codegen.model;

/** One event type of the module and the id type of its subject. */
public record EventModel(String type, String idType, boolean last) {
}

package dev.bastion.tools.codegen.model;

/**
 * One permission code of the module ({@code assets:asset:list}), its constant ({@code ASSET_LIST})
 * and its action; {@code lastPermission} marks the module's last (templates join codes with commas).
 */
public record PermissionModel(String constant, String code, String action, boolean lastPermission) {
}

package dev.bastion.tools.codegen.model;

/**
 * One menu entry the module seeds. {@code constant} names the id's constant for the directory and
 * screens (null for buttons); {@code parentConstant} the parent's; {@code permissionConstant} the
 * constant of its permission in {@code <Context>Permissions} (null for the directory).
 */
public record MenuModel(String id, String constant, String parentConstant, String name, String type, String path,
                        String component, String permission, String permissionConstant, String icon, int sort,
                        boolean directory, boolean screen, boolean button, boolean last) {
}

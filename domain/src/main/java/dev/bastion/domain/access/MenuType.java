package dev.bastion.domain.access;

/**
 * The kinds of menu entry. Directories group menus; menus are screens (a route with a
 * component); buttons are actions on a screen and exist to carry a permission.
 */
public enum MenuType {
    DIRECTORY,
    MENU,
    BUTTON;

    /** Whether an entry of this type may hang under {@code parent} (null: the top level). */
    public boolean fitsUnder(MenuType parent) {
        return switch (this) {
            case DIRECTORY, MENU -> parent == null || parent == DIRECTORY;
            case BUTTON -> parent == MENU;
        };
    }

    /** What {@link #fitsUnder} demands, in words. */
    public String placementRule() {
        return switch (this) {
            case DIRECTORY, MENU -> "a " + name() + " belongs to a DIRECTORY or the top level";
            case BUTTON -> "a BUTTON belongs to a MENU";
        };
    }
}

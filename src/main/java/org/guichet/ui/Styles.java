package org.guichet.ui;

/** Style-class names of the app stylesheet (guichet.css), so code never spells them twice. */
public final class Styles {

    public static final String STYLESHEET = "/org/guichet/ui/guichet.css";

    public static final String HEADING = "heading";
    public static final String TITLE = "screen-title";
    public static final String BODY = "body";
    public static final String HINT = "hint";
    public static final String PRIMARY = "primary";
    public static final String SECONDARY = "secondary";
    public static final String ICON = "icon";
    public static final String PAGE = "page";
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String CARD = "card";
    public static final String FIELD_LABEL = "field-label";
    public static final String ERROR = "error-text";
    public static final String TOP_BAR = "top-bar";
    public static final String ICON_BUTTON = "icon-button";
    public static final String BOTTOM_NAV = "bottom-nav";
    public static final String NAV_ITEM = "nav-item";
    public static final String SHORTCUT = "shortcut";
    public static final String STACK = "stack";
    public static final String BUTTON_ROW = "button-row";
    public static final String TIMES = "slot-times";
    public static final String DEMO_BADGE = "demo-badge";
    public static final String BANNER = "banner";
    public static final String FILTERS = "filters";
    public static final String OFFICE_ROW = "office-row";
    public static final String STATUS = "status-text";
    public static final String TODAY = "today";
    public static final String OFFICE_ACTIONS = "office-actions";
    public static final String LONG_TEXT = "long-text";

    private Styles() {
    }
}

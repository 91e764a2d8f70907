package org.guichet.ui;

/** SVG path data of the app's icons, drawn for a 24 × 24 box. */
public final class Icons {

    public static final String HOME = "M3 11 L12 3 L21 11 L19 11 L19 21 L14 21 L14 15 L10 15 L10 21 L5 21 L5 11 Z";
    public static final String OFFICE = "M2 21 L22 21 L22 19 L20 19 L20 10 L22 10 L22 8 L12 2 L2 8 L2 10 L4 10 L4 19 L2 19 Z"
            + " M7 10 L9 10 L9 19 L7 19 Z M11 10 L13 10 L13 19 L11 19 Z M15 10 L17 10 L17 19 L15 19 Z";
    public static final String DOCUMENT = "M6 2 L14 2 L20 8 L20 22 L6 22 Z M13 3.5 L13 9 L18.5 9 Z"
            + " M8 12 L18 12 L18 13.5 L8 13.5 Z M8 16 L18 16 L18 17.5 L8 17.5 Z";
    public static final String CALENDAR = "M3 5 L21 5 L21 22 L3 22 Z M5 10 L5 20 L19 20 L19 10 Z"
            + " M6 2 L8 2 L8 7 L6 7 Z M16 2 L18 2 L18 7 L16 7 Z M7 12 L11 12 L11 16 L7 16 Z";
    public static final String PERSON = "M12 2 C15 2 17 4.5 17 7.5 C17 10.5 15 13 12 13 C9 13 7 10.5 7 7.5 C7 4.5 9 2 12 2 Z"
            + " M3 22 C3 17 7 14.5 12 14.5 C17 14.5 21 17 21 22 Z";
    public static final String BACK = "M20 11 L7.8 11 L13.4 5.4 L12 4 L4 12 L12 20 L13.4 18.6 L7.8 13 L20 13 Z";
    public static final String SETTINGS = "M10 2 L14 2 L14.6 5 L17 6.4 L19.9 5.4 L21.9 8.9 L19.6 10.9 L19.6 13.1 L21.9 15.1"
            + " L19.9 18.6 L17 17.6 L14.6 19 L14 22 L10 22 L9.4 19 L7 17.6 L4.1 18.6 L2.1 15.1 L4.4 13.1 L4.4 10.9"
            + " L2.1 8.9 L4.1 5.4 L7 6.4 L9.4 5 Z M12 8.5 C10 8.5 8.5 10 8.5 12 C8.5 14 10 15.5 12 15.5"
            + " C14 15.5 15.5 14 15.5 12 C15.5 10 14 8.5 12 8.5 Z";
    public static final String SEARCH = "M10 3 C13.9 3 17 6.1 17 10 C17 11.6 16.5 13 15.6 14.2 L21 19.6 L19.6 21 L14.2 15.6"
            + " C13 16.5 11.6 17 10 17 C6.1 17 3 13.9 3 10 C3 6.1 6.1 3 10 3 Z M10 5 C7.2 5 5 7.2 5 10"
            + " C5 12.8 7.2 15 10 15 C12.8 15 15 12.8 15 10 C15 7.2 12.8 5 10 5 Z";
    public static final String INFO = "M12 2 C17.5 2 22 6.5 22 12 C22 17.5 17.5 22 12 22 C6.5 22 2 17.5 2 12 C2 6.5 6.5 2 12 2 Z"
            + " M11 10 L13 10 L13 17 L11 17 Z M11 6.5 L13 6.5 L13 8.5 L11 8.5 Z";

    private Icons() {
    }
}

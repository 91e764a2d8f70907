package org.guichet.procedures;

import java.util.regex.Pattern;

/** Publication IDs ("F14929", "N360", "R42946") and the file names the feed gives them. */
final class FicheIds {
    private static final Pattern ID = Pattern.compile("[A-Z]\\d+");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Z]\\d+\\.xml");

    private FicheIds() {
    }

    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** True for "F14929.xml"; false for index files such as "arborescence.xml" and for any path. */
    static boolean isFicheFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }
}

package org.guichet.tools;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One source file format of shared/data/annuaire, read into v4 dump records. */
interface AnnuaireSource {

    /** The source's name in the snapshot's counts. */
    String name();

    List<JsonObject> read(Path annuaireDir) throws IOException;
}

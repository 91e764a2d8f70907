package org.guichet.tools;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One source file format of shared/data/annuaire, read into v4 dump records. */
interface AnnuaireSource {

    /** The source's files and origin, as SNAPSHOT.md lists them (Markdown). */
    String origin();

    List<JsonObject> read(Path annuaireDir) throws IOException;
}

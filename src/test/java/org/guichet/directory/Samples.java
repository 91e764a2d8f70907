package org.guichet.directory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.office.Office;

/** The real annuaire samples in shared/data, beside the project. */
final class Samples {

    static final Path ANNUAIRE = Path.of("../shared/data/annuaire");
    static final String VERDERONNE_API = "ods-v2.1-response-mairie-verderonne.json";
    static final String ANCT_API = "ods-v2.1-response-anct.json";
    static final String BREUX_DUMP = "dila-v4-local-sample-breux-sur-avre.json";
    static final String FONTAINE_RECORD = "dila-v4-local-sample-fontaine-le-port.json";

    private Samples() {
    }

    static String text(String file) throws IOException {
        return Files.readString(ANNUAIRE.resolve(file), StandardCharsets.UTF_8);
    }

    static Reader reader(String file) throws IOException {
        return new StringReader(text(file));
    }

    static List<Office> dump(String json) throws IOException {
        List<Office> offices = new ArrayList<>();
        DumpReader.read(new StringReader(json), offices::add);
        return offices;
    }

    static List<Office> allOffices() throws IOException {
        List<Office> offices = new ArrayList<>(dump(text(BREUX_DUMP)));
        offices.addAll(dump(text(FONTAINE_RECORD)));
        offices.addAll(OdsReplyReader.read(reader(VERDERONNE_API)).offices());
        offices.addAll(OdsReplyReader.read(reader(ANCT_API)).offices());
        return offices;
    }
}

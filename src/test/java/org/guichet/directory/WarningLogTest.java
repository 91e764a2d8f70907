package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Warnings about bad data name the office and the field, never a value (it may be personal). */
class WarningLogTest {

    private static final Logger DIRECTORY_LOG = Logger.getLogger("org.guichet.directory");
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        DIRECTORY_LOG.addHandler(capture);
        DIRECTORY_LOG.setLevel(Level.ALL);
    }

    @AfterEach
    void release() {
        DIRECTORY_LOG.removeHandler(capture);
        DIRECTORY_LOG.setLevel(null);
    }

    @Test
    void warningsNameTheOfficeAndFieldOnly() throws Exception {
        String dump = """
                {"service": [
                  {"id": "office-1", "nom": "Mairie - Test",
                   "date_modification": "Jean Dupont",
                   "telephone": [{"valeur": {"personne": "Jean Dupont"}}],
                   "adresse": [{"type_adresse": "Adresse", "latitude": "Jean Dupont"}],
                   "plage_ouverture": [{"nom_jour_debut": "Jean Dupont"}]},
                  {"nom": "Jean Dupont"},
                  {"id": "office-3", "nom": {"prenom": "Jean", "nom": "Dupont"}}
                ]}""";

        List<String> names = new ArrayList<>();
        DumpReader.read(new StringReader(dump), office -> names.add(office.name()));

        assertThat(names).containsExactly("Mairie - Test");
        assertThat(warnings).containsExactlyInAnyOrder(
                "Office office-1: dropped a bad value of field telephone",
                "Office office-1: dropped a bad value of field adresse.latitude",
                "Office office-1: dropped a bad value of field plage_ouverture",
                "Office office-1: dropped a bad value of field date_modification",
                "Record #1 skipped: no id",
                "Office office-3: dropped a bad value of field nom",
                "Office office-3 skipped: no name");
        assertThat(String.join("\n", warnings)).doesNotContain("Dupont", "Jean");
    }
}

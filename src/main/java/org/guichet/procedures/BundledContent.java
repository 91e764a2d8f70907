package org.guichet.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.guichet.domain.procedure.Procedure;

/**
 * The procedures content shipped with the app (classpath {@code /assets/procedures/}): the
 * catalogue and a set of fiches, from service-public.fr about November 2020 (see
 * {@code assets/procedures/SOURCES.md}). It is not legally current: show {@link #SNAPSHOT}.
 */
public final class BundledContent {
    public static final YearMonth SNAPSHOT = YearMonth.of(2020, 11);
    private static final String ROOT = "/assets/procedures/";

    private final FicheParser parser = new FicheParser();

    public ProcedureCatalogue catalogue() {
        try (InputStream gzip = open("index-particuliers.json.gz");
             InputStream json = new GZIPInputStream(gzip)) {
            return ProcedureCatalogue.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled procedures catalogue", e);
        }
    }

    /** The bundled fiche {@code id} ("F14929"), if the app ships it. */
    public Optional<Procedure> fiche(String id) {
        if (!FicheIds.isId(id)) {
            return Optional.empty();
        }
        InputStream xml = BundledContent.class.getResourceAsStream(ROOT + "fiches/" + id + ".xml");
        if (xml == null) {
            return Optional.empty();
        }
        try (xml) {
            return Optional.of(parser.parse(id, xml));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fiche " + id, e);
        }
    }

    /** The fiche "Qu'est-ce que le droit à l'erreur face à l'administration ?". */
    public Procedure droitALErreur() {
        return fiche(Procedure.DROIT_A_L_ERREUR_ID)
                .orElseThrow(() -> new IllegalStateException("the bundled content lacks " + Procedure.DROIT_A_L_ERREUR_ID));
    }

    private static InputStream open(String name) {
        InputStream in = BundledContent.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + ROOT + name);
        }
        return in;
    }
}

package org.guichet.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/** SNAPSHOT.md: what the bundled snapshot holds, where each record comes from, and how it was converted. */
final class SnapshotReadme {
    /** The day the snapshot's sources were fixed; no build time is written anywhere. */
    static final LocalDate SNAPSHOT_DATE = LocalDate.of(2026, 11, 23);

    private SnapshotReadme() {
    }

    static String markdown(AnnuaireSnapshotBuilder.Snapshot snapshot, String dumpFileName, byte[] json) {
        StringBuilder md = new StringBuilder();
        md.append("# Annuaire snapshot (offline directory)\n\n")
                .append("`").append(dumpFileName).append("` is a gzip-compressed file in the shape of DILA's v4 bulk dump ")
                .append("(`{\"service\":[…]}`, field names and empty values as in `data.gouv_local.json`), built from the real files of ")
                .append("`shared/data/annuaire` by `src/test/java/org/guichet/tools/AnnuaireSnapshotBuilder.java`. ")
                .append("It is not a copy of the current national directory: show each office's data date where there is one, and this snapshot's date otherwise.\n\n")
                .append("- Snapshot date: ").append(SNAPSHOT_DATE).append(" (fixed in the builder; the dump holds no build time)\n")
                .append("- Services: ").append(snapshot.servicesById().size()).append(", one per line, sorted by `id`\n")
                .append("- SHA-256 of the uncompressed JSON: `").append(sha256(json)).append("`\n")
                .append("- Rebuild: `mvn -Psnapshot process-test-classes` (offline once exec-maven-plugin is in the local repository). ")
                .append("The JSON is the same bytes on any machine; the gzip bytes also depend on the JDK's zlib, and `AnnuaireSnapshotBuilderTest` checks them on the build machine\n")
                .append("- Benchmark input (never committed): `mvn -Pnational-dump process-test-classes [-Dnational.offices=64000]` writes `target/national-annuaire-v4.json.gz`, ")
                .append("real records plus synthetic copies moved to other real records' communes; not for display\n\n");

        md.append("## Sources\n\n")
                .append("| Source | Records kept | Same id as an earlier source | Record dates (`date_modification`) | Hours entries (of which comment only) |\n")
                .append("|---|---|---|---|---|\n");
        for (AnnuaireSnapshotBuilder.SourceRecords source : snapshot.sources()) {
            md.append("| ").append(source.source().origin())
                    .append(" | ").append(source.kept().size())
                    .append(" | ").append(source.duplicates())
                    .append(" | ").append(dateRange(source.kept()))
                    .append(" | ").append(hoursSummary(source.kept()))
                    .append(" |\n");
        }
        md.append("\nSource files, commits and licences: `shared/data/SOURCES.md`.\n\n");
        md.append(RULES);
        return md.toString();
    }

    private static String dateRange(List<JsonObject> services) {
        List<LocalDateTime> dates = services.stream()
                .map(service -> service.get("date_modification"))
                .filter(date -> date != null && !date.getAsString().isEmpty())
                .map(date -> LocalDateTime.parse(date.getAsString(), DilaDates.V4_DATE_TIME))
                .sorted()
                .toList();
        if (dates.isEmpty()) {
            return "none in the source";
        }
        String range = dates.get(0).toLocalDate() + " to " + dates.get(dates.size() - 1).toLocalDate();
        return dates.size() == services.size() ? range : range + " (" + dates.size() + " records dated)";
    }

    private static String hoursSummary(List<JsonObject> services) {
        int entries = 0;
        int commentOnly = 0;
        for (JsonObject service : services) {
            for (JsonElement entry : service.getAsJsonArray("plage_ouverture")) {
                entries++;
                if (entry.getAsJsonObject().get("valeur_heure_debut_1").getAsString().isEmpty()) {
                    commentOnly++;
                }
            }
        }
        return entries + " (" + commentOnly + ")";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    private static final String RULES = """
            ## Conversion rules

            Every value comes from a source file; nothing is made up. A field the source lacks is `""` or `[]`, as in DILA's dump. DILA records (v4, ODS) keep their values exactly; values of the other sources are trimmed (no-break spaces included), and nothing else is rewritten unless said below.

            - **Ids.** DILA records keep their UUID. Other records get a name-based UUID (RFC 4122 version 5, SHA-1, URL namespace `6ba7b811-9dad-11d1-80b4-00c04fd430c8`) of the source's own id:
              - DILA v2 pivot ids (v2 XML and cquest, e.g. `mairie-45234-01`): `https://lecomarquage.service-public.fr/donnees_locales_v2#<id>`; the pivot id is also kept as `ancien_code_pivot`, as DILA does;
              - betagouv/annuaire-api: `https://github.com/betagouv/annuaire-api#<id>` (the v3 id is kept as `ancien_code_pivot`);
              - ANCT France services: `https://github.com/anct-carto/France-services#MATRICULE=<MATRICULE>`.
            - **Duplicates.** Records are deduplicated by id, the first source in the table above winning; they are then sorted by id.
            - **DILA v4 extracts** are copied record by record, unchanged (one file is a bare record, the other a `{"service":[…]}` dump).
            - **API Annuaire (ODS v2.1) replies**: fields kept in their order; list fields sent as JSON text are parsed into arrays; list fields sent as a plain string (`adresse_courriel`, `sve`, `formulaire_contact`, `telecopie`) become one-element arrays; `null` becomes `[]` for list fields and `""` otherwise; the API-only ISO copies `date_creation_datetime` and `date_modification_datetime` are left out (`date_creation` and `date_modification` hold the same dates). The `total_count`/`results` envelope is dropped.
            - **Converted records** (v2 XML, cquest, annuaire-api, ANCT) have the fields `id, nom, sigle, ancien_code_pivot, pivot, code_insee_commune, adresse, telephone, telephone_accessible, telecopie, adresse_courriel, site_internet, formulaire_contact, tchat, plage_ouverture, commentaire_plage_ouverture, information_complementaire, date_modification, copyright, url_service_public`. `url_service_public` stays `""`: the service-public.fr UUID of these offices is unknown. Dates are written `dd/MM/yyyy HH:mm:ss`; date-only sources get `00:00:00`.
            - **Address lines** (v2 `<Ligne>`, v3 `lignes`, cquest `streetAddress`) are spread without change: BP/CS/TSA/CP lines to `service_distribution`; the last line starting with a digit (else the last line) to `numero_voie`; the other lines, in order, to `complement1` and `complement2` (a third and later ones are appended to `complement2` after ", "). ANCT's `ADRESSE` is `numero_voie` and `COMPLEMENT.D.ADRESSE` is `complement1`. v2 `physique`/`postale` addresses are `Adresse`/`Adresse postale`.
            - **Pivot.** `type_service_local` is the source's type (v2 `pivotLocal`, cquest `type`, v3 `pivotLocal`, `france_services` for ANCT). Its communes: the office's INSEE code, or for annuaire-api the codes of `zonage.communes`. The annuaire-api office's own `code_insee_commune` is the zone commune whose name equals the address's commune (a trailing "cedex" set aside), else `""`.
            - **cquest**: `contact_phone` (kept in its `+33` form), `contact_fax` to `telecopie`, `contact_email`, `website`, the record's `latitude`/`longitude` (cquest's own BAN geocoding `geo`, sometimes of another commune, is not used), `accessibilite_type`/`accessibilite_text` to `accessibilite`/`note_accessibilite`, `commentaire` to `information_complementaire`, `editeursource` to `copyright`, `update` to `date_modification`. No hours: `plage_ouverture` is `[]`.
            - **annuaire-api (v3)**: `accueil physique` (mobile town halls: `horaires`) entries become `plage_ouverture` entries, "8h30" written "08:30:00", day names capitalised, in source order. `permanence telephonique` becomes the phone's `description`, e.g. "Permanence téléphonique : lundi 8h30 - 12h / 14h30 - 17h30", with the source's own words and times. `fax` to `telecopie`, `url` to `site_internet`. The research helper's `_source_path` and BAN address ids are not carried.
            - **v2 XML**: `<PlageJ début fin>` with up to two `<PlageH>` and its `<Note>` as `commentaire`; `<Téléphone>`, `<Url>`; `<Localisation>` latitude and longitude (its `<Précision>` code has no v4 field); `<EditeurSource>` to `copyright`; `dateMiseAJour` to `date_modification`.
            - **ANCT France services**: `lib_france_services` is `nom` (as written, without a "France services" prefix); `lib_com` (upper case as given) is `nom_commune`; `LATITUDE`/`LONGITUDE` are written with the source's digits; `TELEPHONE` and `CONTACT.MAIL` (a "-" means none); `Commentaire.horaires` is `commentaire_plage_ouverture`. A 4-digit `code_postal` of a département 01–09 gets back the leading zero a spreadsheet dropped ("3120" → "03120"; 21 sites). The INSEE codes `2B14` and `2B10` (two Corsican sites) are kept as given although they are not valid codes: the right ones cannot be told from the file. ANCT's own management columns (`FORMAT_FS`, `ITINERANCE`, `Labellisation`, `categorie`, `Groupe`…) have no v4 field and are not carried.
            - **ANCT hours.** Each of `h_lundi` … `h_samedi` is read on its own (no-break spaces and runs of spaces collapsed, en dashes read as hyphens), then consecutive days with identical results are merged into one entry (`Lundi`–`Vendredi`). There is no Sunday column, so no Sunday entry.
              - `-` (closed) and `""` give no entry.
              - One or two plain ranges, `9:00 - 12:00 / 13:30 - 17:00` (also joined by "et" or a space, with or without spaces around the hyphen), become slots — only if every time is a real time and the slots are in order.
              - Plain ranges followed by `/`, `//` or "et" and a text (`9:00 - 12:00 / Sur RDV : 14:00 - 17:00`) become slots with that text as the entry's `commentaire`.
              - Anything else becomes an entry with no slot and the whole string as `commentaire`: "Horaires non communiqués", truncated or malformed times (`14:00 - 18:`, `13/30`, `17 : 00`, `9: 12:30`), hours qualified by weeks, seasons or appointments (`Semaines paires : …`, `Sept. - Juin : … // Été : …`, `9:00 - 12:00 (semaines impaires) / …`), "Selon planning bus".

            ## Not converted

            - Nothing is left out of the source files except the fields named above.
            - ANCT day strings that could not be read unambiguously are kept as comment-only entries (the table's "comment only" count), never turned into times: mostly "Horaires non communiqués", then truncated or malformed times and hours qualified by weeks, seasons or appointments.
            - cquest's Loiret records have no hours at all, and the annuaire-api records no coordinates: those stay empty.
            - Two ANCT INSEE codes (`2B14`, `2B10`) are not valid codes and are kept as given.

            ## Attribution

            - Service-Public.fr / DILA — Licence Ouverte 2.0 (annuaire de l'administration; the download URL of the current data is `https://lecomarquage.service-public.gouv.fr/donnees_locales_v4/all_latest.tar.bz2`).
            - ANCT (Agence nationale de la cohésion des territoires) — list of France services sites (anct-carto/France-services).
            - cquest/annuaire-services-publics (Christian Quest), derived from the DILA annuaire.
            - betagouv/annuaire-api (beta.gouv.fr).
            """;
}

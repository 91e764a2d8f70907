package org.guichet.directory;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/**
 * Writes an office as one v4 dump record, the shape {@link DumpReader} reads: reading the record
 * back gives an equal office (times to the second; address lines beyond the fourth joined into the
 * fourth). Empty values are left out, as the reader takes a missing field for an empty one.
 */
final class DumpRecordWriter {

    private static final DateTimeFormatter DILA_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final List<String> DAY_NAMES =
            List.of("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche");
    private static final List<String> ADDRESS_LINES =
            List.of("complement1", "complement2", "numero_voie", "service_distribution");

    /** Writes one element of a list field. */
    private interface ElementWriter<T> {
        void write(T element) throws IOException;
    }

    private final StringWriter text = new StringWriter(2048);
    private final JsonWriter json = new JsonWriter(text);

    private DumpRecordWriter() {
        json.setHtmlSafe(false);
    }

    static String write(Office office) {
        DumpRecordWriter writer = new DumpRecordWriter();
        try {
            writer.office(office);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return writer.text.toString();
    }

    private void office(Office office) throws IOException {
        json.beginObject();
        field("id", office.id());
        field("nom", office.name());
        field("sigle", office.acronym());
        list("pivot", office.types(), type -> {
            json.beginObject();
            field("type_service_local", type);
            json.endObject();
        });
        field("code_insee_commune", office.inseeCode());
        list("adresse", office.addresses(), this::address);
        list("telephone", office.phones(), this::phone);
        list("telephone_accessible", office.accessiblePhones(), this::phone);
        list("telecopie", office.faxes(), json::value);
        list("adresse_courriel", office.emails(), json::value);
        list("site_internet", office.websites(), this::link);
        list("formulaire_contact", optional(office.contactFormUrl()), json::value);
        list("tchat", optional(office.chatUrl()), json::value);
        list("sve", office.onlineProcedures(), this::link);
        list("reseau_social", office.socialNetworks(), this::link);
        field("url_service_public", office.servicePublicUrl());
        list("plage_ouverture", office.openingRanges(), this::openingRange);
        field("commentaire_plage_ouverture", office.hoursComment());
        field("mission", office.mission());
        field("information_complementaire", office.additionalInformation());
        if (office.updatedAt() != null) {
            field("date_modification", DILA_DATE_TIME.format(office.updatedAt()));
        }
        json.endObject();
    }

    private void address(Address address) throws IOException {
        json.beginObject();
        field("type_adresse", address.kind() == Address.Kind.POSTAL ? "Adresse postale" : "Adresse");
        List<String> lines = address.lines();
        for (int i = 0; i < Math.min(lines.size(), ADDRESS_LINES.size()); i++) {
            boolean last = i == ADDRESS_LINES.size() - 1;
            field(ADDRESS_LINES.get(i), last ? String.join(", ", lines.subList(i, lines.size())) : lines.get(i));
        }
        field("code_postal", address.postcode());
        field("nom_commune", address.commune());
        field("pays", address.country());
        if (address.latitude() != null) {
            field("latitude", address.latitude().toString());
        }
        if (address.longitude() != null) {
            field("longitude", address.longitude().toString());
        }
        field("accessibilite", address.accessibility().code());
        field("note_accessibilite", address.accessibilityNote());
        json.endObject();
    }

    private void phone(Phone phone) throws IOException {
        json.beginObject();
        field("valeur", phone.number());
        field("description", phone.description());
        json.endObject();
    }

    private void link(Link link) throws IOException {
        json.beginObject();
        field("libelle", link.label());
        field("valeur", link.url());
        json.endObject();
    }

    private void openingRange(OpeningRange range) throws IOException {
        json.beginObject();
        field("nom_jour_debut", DAY_NAMES.get(range.firstDay().getValue() - 1));
        field("nom_jour_fin", DAY_NAMES.get(range.lastDay().getValue() - 1));
        List<TimeSlot> slots = range.slots();
        for (int slot = 1; slot <= slots.size(); slot++) {
            field("valeur_heure_debut_" + slot, time(slots.get(slot - 1).start()));
            field("valeur_heure_fin_" + slot, time(slots.get(slot - 1).end()));
        }
        field("commentaire", range.comment());
        json.endObject();
    }

    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00:00" : TIME.format(time);
    }

    private static List<String> optional(String url) {
        return url.isEmpty() ? List.of() : List.of(url);
    }

    private void field(String name, String value) throws IOException {
        if (!value.isEmpty()) {
            json.name(name).value(value);
        }
    }

    private <T> void list(String name, List<T> elements, ElementWriter<T> writeElement) throws IOException {
        if (elements.isEmpty()) {
            return;
        }
        json.name(name).beginArray();
        for (T element : elements) {
            writeElement.write(element);
        }
        json.endArray();
    }
}

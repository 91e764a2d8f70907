package org.guichet.directory;

import com.google.gson.JsonElement;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/**
 * Maps one annuaire record, from the v4 dump or the API, to an {@link Office}. A bad field is
 * dropped and the office kept; a record without an id or a name is skipped.
 */
final class OfficeMapper {

    private static final System.Logger LOG = System.getLogger(OfficeMapper.class.getPackageName());
    private static final DateTimeFormatter DILA_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private OfficeMapper() {
    }

    /** @param position the record's index in its document, to name it when it has no id */
    static Optional<Office> map(JsonElement record, int position) {
        if (!record.isJsonObject()) {
            LOG.log(Level.WARNING, "Record #{0} skipped: not an object", position);
            return Optional.empty();
        }
        RecordFields fields = new RecordFields(record.getAsJsonObject());
        String id = fields.text("id");
        if (id.isEmpty()) {
            LOG.log(Level.WARNING, "Record #{0} skipped: no id", position);
            return Optional.empty();
        }
        fields.identify(id);
        String name = fields.text("nom");
        if (name.isEmpty()) {
            LOG.log(Level.WARNING, "Office {0} skipped: no name", id);
            return Optional.empty();
        }
        try {
            return Optional.of(new Office(
                    id,
                    name,
                    fields.text("sigle"),
                    fields.list("pivot", OfficeMapper::serviceType),
                    fields.text("code_insee_commune"),
                    addresses(fields),
                    fields.list("telephone", OfficeMapper::phone),
                    fields.list("telephone_accessible", OfficeMapper::phone),
                    fields.list("telecopie", RecordFields::plainOrValue),
                    fields.list("adresse_courriel", RecordFields::plainOrValue),
                    fields.list("site_internet", OfficeMapper::link),
                    firstUrl(fields.list("formulaire_contact", OfficeMapper::link)),
                    firstUrl(fields.list("tchat", OfficeMapper::link)),
                    fields.list("sve", OfficeMapper::link),
                    fields.list("reseau_social", OfficeMapper::link),
                    fields.text("url_service_public"),
                    fields.list("plage_ouverture", OpeningRangeMapper::map),
                    fields.text("commentaire_plage_ouverture"),
                    fields.text("mission"),
                    fields.text("information_complementaire"),
                    updatedAt(fields)));
        } catch (IllegalArgumentException e) {
            // Text that normalises to nothing (control characters only) is no id or name either.
            LOG.log(Level.WARNING, "Record #{0} skipped: no usable id or name", position);
            return Optional.empty();
        }
    }

    private static String serviceType(JsonElement pivot) {
        String type = pivot.isJsonObject()
                ? RecordFields.member(pivot, "type_service_local")
                : RecordFields.textOf(pivot);
        return type.isEmpty() ? null : type;
    }

    private static Phone phone(JsonElement element) {
        if (element.isJsonObject()) {
            return new Phone(RecordFields.member(element, "valeur"), RecordFields.member(element, "description"));
        }
        return new Phone(RecordFields.textOf(element), "");
    }

    private static Link link(JsonElement element) {
        if (element.isJsonObject()) {
            return new Link(
                    RecordFields.firstMember(element, "libelle", "custom_dico2", "description"),
                    RecordFields.member(element, "valeur"));
        }
        return new Link("", RecordFields.textOf(element));
    }

    private static String firstUrl(List<Link> links) {
        return links.isEmpty() ? "" : links.get(0).url();
    }

    private static List<Address> addresses(RecordFields fields) {
        return fields.list("adresse", element -> new Address(
                addressKind(RecordFields.member(element, "type_adresse")),
                List.of(
                        RecordFields.member(element, "complement1"),
                        RecordFields.member(element, "complement2"),
                        RecordFields.member(element, "numero_voie"),
                        RecordFields.member(element, "service_distribution")),
                RecordFields.member(element, "code_postal"),
                RecordFields.member(element, "nom_commune"),
                RecordFields.member(element, "pays"),
                coordinate(fields, element, "latitude", 90),
                coordinate(fields, element, "longitude", 180),
                Accessibility.fromCode(RecordFields.member(element, "accessibilite")),
                RecordFields.member(element, "note_accessibilite")));
    }

    private static Address.Kind addressKind(String type) {
        return type.toLowerCase(Locale.ROOT).contains("postal") ? Address.Kind.POSTAL : Address.Kind.PHYSICAL;
    }

    /** A bad coordinate is dropped alone: the address stays useful without it. */
    private static Double coordinate(RecordFields fields, JsonElement address, String name, double bound) {
        try {
            String text = RecordFields.member(address, name).replace(',', '.');
            if (text.isEmpty()) {
                return null;
            }
            double value = Double.parseDouble(text);
            if (!(Math.abs(value) <= bound)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        } catch (RuntimeException e) {
            fields.dropped("adresse." + name);
            return null;
        }
    }

    private static LocalDateTime updatedAt(RecordFields fields) {
        LocalDateTime dilaDate = fields.parsed("date_modification", text -> LocalDateTime.parse(text, DILA_DATE_TIME));
        if (dilaDate != null) {
            return dilaDate;
        }
        return fields.parsed("date_modification_datetime", text -> OffsetDateTime.parse(text).toLocalDateTime());
    }
}

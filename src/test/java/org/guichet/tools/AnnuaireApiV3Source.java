package org.guichet.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * betagouv/annuaire-api additions (v3 YAML shape, 59 social-service offices). The v3 {@code id} is
 * kept as {@code ancien_code_pivot} and named into the UUID; {@code zonage.communes}
 * ("03254 Saint-Pourçain-sur-Sioule") gives the pivot's communes. The office's own INSEE code is
 * the zone commune whose name is the address's commune (a trailing "cedex" set aside), else "".
 * {@code accueil physique} (or, for the mobile town halls, {@code horaires}) becomes
 * {@code plage_ouverture}; {@code permanence telephonique} becomes the phone's description, with
 * the source's own day names and times.
 */
final class AnnuaireApiV3Source implements AnnuaireSource {
    static final String FILE = "v3-additions-betagouv-annuaire-api.json";
    static final String ID_NAME_PREFIX = "https://github.com/betagouv/annuaire-api#";
    private static final Map<String, String> ADDRESS_TYPES =
            Map.of("physique", Address.PHYSICAL, "postale", Address.POSTAL);
    private static final Pattern V3_TIME = Pattern.compile("(\\d{1,2})h(\\d{2})?");
    private static final Pattern CEDEX = Pattern.compile("(?i)\\s+cedex(\\s+\\d+)?$");

    @Override
    public String origin() {
        return "`v3-additions-betagouv-annuaire-api.json`: betagouv/annuaire-api `data/**/*.yaml` (CCAS, CDAS, SDSEI, mobile town halls; files as at commit d22bef1e, removed in the next commit)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (JsonElement office : JsonFiles.parse(annuaireDir.resolve(FILE)).getAsJsonArray()) {
            records.add(toService(office.getAsJsonObject()));
        }
        return records;
    }

    static JsonObject toService(JsonObject office) {
        String v3Id = Text.member(office, "id");
        List<String> zone = Text.strings(office.getAsJsonObject("zonage"), "communes");
        ServiceRecord service = new ServiceRecord(NameBasedIds.uuid5(ID_NAME_PREFIX + v3Id))
                .nom(Text.member(office, "nom"))
                .ancienCodePivot(v3Id)
                .pivot(Text.member(office, "pivotLocal"), zone.stream().map(AnnuaireApiV3Source::inseeCode).toList());
        List<String> communes = new ArrayList<>();
        for (JsonElement element : office.getAsJsonArray("adresses")) {
            JsonObject address = element.getAsJsonObject();
            communes.add(Text.member(address, "commune"));
            service.adresse(new Address(
                    addressType(Text.member(address, "type")),
                    AddressLines.spread(Text.strings(address, "lignes")),
                    Text.member(address, "codePostal"),
                    Text.member(address, "commune"),
                    "",
                    "",
                    "",
                    ""));
        }
        service.codeInseeCommune(communes.isEmpty() ? "" : officeInseeCode(communes.get(0), zone));
        service.telephone(Text.member(office, "telephone"), phoneHours(office))
                .telecopie(Text.member(office, "fax"))
                .adresseCourriel(Text.member(office, "email"))
                .siteInternet(Text.member(office, "url"))
                .plageOuverture(counterHours(office));
        return service.toJson();
    }

    static String officeInseeCode(String addressCommune, List<String> zone) {
        String commune = CEDEX.matcher(addressCommune).replaceAll("").toLowerCase(Locale.FRENCH);
        return zone.stream()
                .filter(entry -> communeName(entry).toLowerCase(Locale.FRENCH).equals(commune))
                .map(AnnuaireApiV3Source::inseeCode)
                .findFirst()
                .orElse("");
    }

    /** "8h30" → "08:30:00", "12h" → "12:00:00". */
    static String time(String v3Time) {
        Matcher matcher = V3_TIME.matcher(Text.clean(v3Time));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a v3 time: " + v3Time);
        }
        String minutes = matcher.group(2) == null ? "00" : matcher.group(2);
        return "%02d:%s:00".formatted(Integer.parseInt(matcher.group(1)), minutes);
    }

    private static List<OpeningEntry> counterHours(JsonObject office) {
        List<OpeningEntry> entries = new ArrayList<>();
        for (JsonElement element : schedule(office, "accueil physique").or(() -> topLevelSchedule(office)).orElse(List.of())) {
            JsonObject range = element.getAsJsonObject();
            List<DayHours.Slot> slots = new ArrayList<>();
            for (JsonElement hours : range.getAsJsonArray("heures")) {
                JsonObject slot = hours.getAsJsonObject();
                slots.add(new DayHours.Slot(time(Text.member(slot, "de")), time(Text.member(slot, "a"))));
            }
            entries.add(new OpeningEntry(
                    OpeningEntry.dayName(Text.member(range, "du")),
                    OpeningEntry.dayName(Text.member(range, "au")),
                    new DayHours(slots, "")));
        }
        return entries;
    }

    /** "Permanence téléphonique : lundi 8h30 - 12h / 14h30 - 17h30 ; mardi au vendredi …". */
    private static String phoneHours(JsonObject office) {
        List<String> ranges = new ArrayList<>();
        for (JsonElement element : schedule(office, "permanence telephonique").orElse(List.of())) {
            JsonObject range = element.getAsJsonObject();
            String from = Text.member(range, "du");
            String to = Text.member(range, "au");
            List<String> slots = new ArrayList<>();
            for (JsonElement hours : range.getAsJsonArray("heures")) {
                JsonObject slot = hours.getAsJsonObject();
                slots.add(Text.member(slot, "de") + " - " + Text.member(slot, "a"));
            }
            ranges.add((from.equals(to) ? from : from + " au " + to) + " " + String.join(" / ", slots));
        }
        return ranges.isEmpty() ? "" : "Permanence téléphonique : " + String.join(" ; ", ranges);
    }

    private static Optional<List<JsonElement>> schedule(JsonObject office, String block) {
        JsonElement element = office.get(block);
        return element == null ? Optional.empty() : Optional.of(element.getAsJsonObject().getAsJsonArray("horaires").asList());
    }

    private static Optional<List<JsonElement>> topLevelSchedule(JsonObject office) {
        JsonElement element = office.get("horaires");
        return element == null ? Optional.empty() : Optional.of(element.getAsJsonArray().asList());
    }

    private static String addressType(String v3Type) {
        String type = ADDRESS_TYPES.get(v3Type);
        if (type == null) {
            throw new IllegalArgumentException("unknown v3 address type: " + v3Type);
        }
        return type;
    }

    /** "03254 Saint-Pourçain-sur-Sioule" → "03254". */
    private static String inseeCode(String zoneEntry) {
        int space = zoneEntry.indexOf(' ');
        return space < 0 ? zoneEntry : zoneEntry.substring(0, space);
    }

    private static String communeName(String zoneEntry) {
        int space = zoneEntry.indexOf(' ');
        return space < 0 ? "" : Text.clean(zoneEntry.substring(space + 1));
    }
}

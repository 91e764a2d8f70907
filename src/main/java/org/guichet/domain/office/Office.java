package org.guichet.domain.office;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.hours.OpeningRange;

/**
 * A public office of the annuaire (a mairie, a CAF, a préfecture, a ministry…) with everything a
 * citizen needs to reach it. Absent text is the empty string; absent lists are empty;
 * {@code updatedAt} is null when the source gives no valid date.
 *
 * @param id             the annuaire's stable id (a UUID)
 * @param types          pivot service types ("mairie", "caf", "france_services"…), may be empty
 *                       for national services
 * @param inseeCode      INSEE code of the office's commune ("60669", "2A004", "97411")
 * @param hoursComment   free text about the hours as a whole ({@code commentaire_plage_ouverture})
 * @param servicePublicUrl the office's page on service-public.fr
 * @param onlineProcedures online referral services ({@code sve})
 * @param mission        what the office does (mostly for national services)
 */
public record Office(
        String id,
        String name,
        String acronym,
        List<String> types,
        String inseeCode,
        List<Address> addresses,
        List<Phone> phones,
        List<Phone> accessiblePhones,
        List<String> faxes,
        List<String> emails,
        List<Link> websites,
        String contactFormUrl,
        String chatUrl,
        List<Link> onlineProcedures,
        List<Link> socialNetworks,
        String servicePublicUrl,
        List<OpeningRange> openingRanges,
        String hoursComment,
        String mission,
        String additionalInformation,
        LocalDateTime updatedAt) {

    public Office {
        id = Texts.orEmpty(id);
        name = Texts.orEmpty(name);
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("An office needs an id and a name");
        }
        acronym = Texts.orEmpty(acronym);
        types = Texts.nonBlank(types);
        inseeCode = Texts.orEmpty(inseeCode);
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
        accessiblePhones = List.copyOf(accessiblePhones);
        faxes = Texts.nonBlank(faxes);
        emails = Texts.nonBlank(emails);
        websites = List.copyOf(websites);
        contactFormUrl = Texts.orEmpty(contactFormUrl);
        chatUrl = Texts.orEmpty(chatUrl);
        onlineProcedures = List.copyOf(onlineProcedures);
        socialNetworks = List.copyOf(socialNetworks);
        servicePublicUrl = Texts.orEmpty(servicePublicUrl);
        openingRanges = List.copyOf(openingRanges);
        hoursComment = Texts.orEmpty(hoursComment);
        mission = Texts.orEmpty(mission);
        additionalInformation = Texts.orEmpty(additionalInformation);
    }

    /**
     * The département (or overseas collectivité) of the office's commune: "974" for "97411", "2A"
     * for "2A004", "45" for "45234"; empty when the INSEE code is missing or too short.
     */
    public String departmentCode() {
        boolean overseas = inseeCode.startsWith("97") || inseeCode.startsWith("98");
        int length = overseas ? 3 : 2;
        return inseeCode.length() >= length ? inseeCode.substring(0, length) : "";
    }

    /** Where to go in person: the first physical address, else the first address of any kind. */
    public Optional<Address> visitAddress() {
        return addresses.stream()
                .filter(address -> address.kind() == Address.Kind.PHYSICAL)
                .findFirst()
                .or(() -> addresses.stream().findFirst());
    }
}

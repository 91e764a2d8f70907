package org.guichet.feedback;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The answers of the JDMA root form as the gateway receives them: the official field codes, and
 * the values the official form stores ({@code good}, {@code 4}, {@code Au guichet avec l’administration},
 * {@code Oui}, {@code Bonne}), so they add up with the national figures. Null or empty when not answered.
 */
public record OfficialAnswers(
        String satisfaction,
        Integer comprehension,
        @SerializedName("contact_tried") List<String> contactTried,
        @SerializedName("contact_reached") List<ChannelAnswer> contactReached,
        @SerializedName("contact_satisfaction") List<ChannelAnswer> contactSatisfaction,
        String verbatim) {

    @Override
    public String toString() {
        return "OfficialAnswers[satisfaction=" + satisfaction + ", comprehension=" + comprehension
                + ", contactTried=" + contactTried + ", contactReached=" + contactReached
                + ", contactSatisfaction=" + contactSatisfaction + ", verbatim=" + Redacted.text(verbatim) + "]";
    }
}

package org.guichet.domain.feedback;

import java.util.Objects;

/** The heading over one channel's radio buttons in a question asked once per administration channel. */
public record ChannelHeading(HelpChannel channel, Wording heading) {
    public ChannelHeading {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(heading, "heading");
    }
}

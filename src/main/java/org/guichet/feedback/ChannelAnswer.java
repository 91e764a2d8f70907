package org.guichet.feedback;

/** An answer asked once per administration channel: both as the official form stores them. */
public record ChannelAnswer(String channel, String answer) {
}

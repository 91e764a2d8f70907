package org.guichet.domain.procedure;

/** How the official site presents a choice ({@code affichage} attribute). */
public enum ChoiceStyle {
    TABS,
    RADIO
}

package org.guichet.directory;

/**
 * One office in a list, said in words: {@code details} is what is shown under the name, and
 * {@code spoken} is the whole row as a screen reader announces it.
 */
public record OfficeRow(String officeId, String name, String details, String spoken) {
}

package org.guichet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guichet.domain.feedback.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every language has every message with the same placeholders; every message is used; no view
 * puts a literal sentence on screen.
 */
class TranslationConsistencyTest {

    private static final Path BUNDLES = Path.of("i18n");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern QUOTED = Pattern.compile("\"([a-zA-Z][\\w.]*\\.[\\w.]+)\"");
    /** Calls that put text on screen, given a string literal with at least one letter. */
    private static final Pattern LITERAL_ON_SCREEN = Pattern.compile(
            "(setText|setAccessibleText|setAccessibleHelp|setPromptText|setTitle|setHeaderText|setContentText"
                    + "|new (Label|Button|Text|Tooltip|CheckBox|RadioButton|Hyperlink|MenuItem|Tab|TitledPane|ToggleButton))"
                    + "\\(\\s*\"[^\"]*\\p{L}");

    private static Map<Language, Properties> bundles;
    private static String allSource;

    @BeforeAll
    static void load() throws IOException {
        bundles = new TreeMap<>();
        for (Language language : Language.values()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages_" + language.tag() + ".properties"),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(language, properties);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            allSource = files.filter(path -> path.toString().endsWith(".java"))
                    .map(TranslationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> french = keys(Language.FRENCH);
        assertThat(french).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(keys(language)).as("keys of %s", language).isEqualTo(french);
        }
    }

    @Test
    void everyTranslationHasTheSamePlaceholders() {
        List<String> mismatches = new ArrayList<>();
        for (String key : keys(Language.FRENCH)) {
            Set<String> reference = placeholders(bundles.get(Language.FRENCH).getProperty(key));
            for (Language language : Language.values()) {
                Set<String> found = placeholders(bundles.get(language).getProperty(key, ""));
                if (!found.equals(reference)) {
                    mismatches.add(language + " " + key + ": " + found + " instead of " + reference);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void apostrophesFollowMessageFormatRules() {
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            bundles.get(language).forEach((key, value) -> {
                String text = (String) value;
                boolean formatted = PLACEHOLDER.matcher(text).find();
                boolean loneQuote = text.replace("''", "").contains("'");
                if (formatted && loneQuote) {
                    wrong.add(language + " " + key + ": a formatted message needs '' for an apostrophe");
                }
                if (!formatted && text.contains("''")) {
                    wrong.add(language + " " + key + ": a plain message shows '' as two quotes");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noEmptyMessages() {
        for (Language language : Language.values()) {
            bundles.get(language).forEach((key, value) ->
                    assertThat(((String) value).strip()).as("%s %s", language, key).isNotEmpty());
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() {
        Set<String> unused = new TreeSet<>(keys(Language.FRENCH));
        Matcher quoted = QUOTED.matcher(allSource);
        while (quoted.find()) {
            unused.remove(quoted.group(1));
        }
        unused.removeAll(DomainKeys.all());
        assertThat(unused).as("keys no code refers to").isEmpty();
    }

    @Test
    void everyKeyTheDomainDerivesExists() {
        assertThat(keys(Language.FRENCH)).containsAll(DomainKeys.all());
    }

    /** The questionnaire's French texts are the official form's, word for word. */
    @Test
    void frenchQuestionnaireTextsAreTheOfficialOnes() {
        List<String> different = new ArrayList<>();
        for (Wording wording : DomainKeys.shownWordings()) {
            String official = DomainKeys.asShown(wording);
            String french = normalised(bundles.get(Language.FRENCH).getProperty(wording.key(), ""));
            if (!french.equals(official)) {
                different.add(wording.key() + ": \"" + french + "\" instead of \"" + official + "\"");
            }
        }
        assertThat(different).isEmpty();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> keys = keys(Language.FRENCH);
        Set<String> namespaces = keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Matcher quoted = QUOTED.matcher(allSource);
        while (quoted.find()) {
            String literal = quoted.group(1);
            boolean prefix = literal.endsWith(".");
            if (!prefix && namespaces.stream().anyMatch(literal::startsWith) && !keys.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but absent from the bundles").isEmpty();
    }

    @Test
    void viewsPutNoLiteralTextOnScreen() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String[] lines = read(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (LITERAL_ON_SCREEN.matcher(lines[i]).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesALiteral() {
        assertThat(LITERAL_ON_SCREEN.matcher("label.setText(\"Ouvert maintenant\");").find()).isTrue();
        assertThat(LITERAL_ON_SCREEN.matcher("new Button(\"Réserver\")").find()).isTrue();
        assertThat(LITERAL_ON_SCREEN.matcher("label.setText(\"\");").find()).isFalse();
        assertThat(LITERAL_ON_SCREEN.matcher("label.textProperty().bind(i18n.text(\"home.title\"));").find()).isFalse();
    }

    private static Set<String> keys(Language language) {
        return bundles.get(language).stringPropertyNames();
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

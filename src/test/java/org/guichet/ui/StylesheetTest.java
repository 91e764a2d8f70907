package org.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The one stylesheet parses cleanly (JavaFX only warns, then drops the rest of the file). */
class StylesheetTest {

    @Test
    void theStylesheetHasNoParseError() throws IOException {
        URL url = Styles.class.getResource(Styles.STYLESHEET);
        CssParser.errorsProperty().clear();
        Stylesheet stylesheet = new CssParser().parse(url);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(stylesheet.getRules()).isNotEmpty();
    }

    @Test
    void everyThemeDefinesEveryColourToken() throws IOException {
        String css = new String(Styles.class.getResourceAsStream(Styles.STYLESHEET).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<Set<String>> tokensPerTheme = Pattern.compile("\\.root\\.theme-[a-z-]+ \\{([^}]*)}").matcher(css).results()
                .map(theme -> Pattern.compile("(-color-[a-z-]+):").matcher(theme.group(1)).results()
                        .map(token -> token.group(1)).collect(Collectors.toSet()))
                .toList();
        assertThat(tokensPerTheme).hasSize(3);
        assertThat(tokensPerTheme.get(1)).isEqualTo(tokensPerTheme.get(0));
        assertThat(tokensPerTheme.get(2)).isEqualTo(tokensPerTheme.get(0));
        Matcher used = Pattern.compile("(-color-[a-z-]+)[;, ]").matcher(css.replaceAll("\\.root\\.theme-[a-z-]+ \\{[^}]*}", ""));
        while (used.find()) {
            assertThat(tokensPerTheme.get(0)).as("token %s is defined", used.group(1)).contains(used.group(1));
        }
    }
}

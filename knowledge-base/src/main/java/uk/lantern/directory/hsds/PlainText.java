package uk.lantern.directory.hsds;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns the HTML that council feeds put in descriptions into clean text with jsoup: tags gone,
 * entities decoded ({@code &amp;nbsp;} becomes a space, {@code &amp;amp;} an ampersand), paragraphs
 * and line breaks kept as line breaks. Text without markup or entities is returned unchanged.
 */
public final class PlainText {
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private PlainText() {
    }

    /** True when {@code text} has HTML tags or entities. */
    public static boolean hasMarkup(String text) {
        // most values have neither character: a plain scan answers them without the regular expression
        return text != null && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) && MARKUP.matcher(text).find();
    }

    /** Clean text for {@code text}; null stays null. */
    public static String of(String text) {
        if (!hasMarkup(text)) {
            return text;
        }
        Document doc = Jsoup.parseBodyFragment(text);
        // wholeText() already writes <br> as a line break; blocks get a blank line before them.
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, ul, ol").before("\n\n");
        doc.select("script, style").remove();
        String plain = doc.body().wholeText();
        plain = SPACES.matcher(plain).replaceAll(" ");
        plain = plain.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        plain = BLANK_LINES.matcher(plain).replaceAll("\n\n");
        return plain.strip();
    }
}

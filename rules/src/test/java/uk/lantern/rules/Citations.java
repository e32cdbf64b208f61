package uk.lantern.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a citation a person can see must look like: each part (parts are separated by "; ") names a
 * publication as "publisher or authors (year), title, section", and no part looks like an internal
 * file name ("seed 003_….txt", "catalogue.json").
 */
public final class Citations {

    /** Publisher or authors, the year in brackets (or "undated, c. 2014"), then title and section. */
    private static final Pattern PUBLICATION = Pattern.compile(
            "[A-Z][^();]*? \\((\\d{4}|undated[^)]*)\\), [^,]+.*, .+");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)\\bseed\\b|\\b[\\w-]+\\.(txt|json|drl|csv|md|pdf|docx?|html?)\\b|\\b\\d{3}_[0-9a-f]{8,}");

    private Citations() {
    }

    /** The problems with one citation; empty when every part names a publication. */
    public static List<String> problems(String citation) {
        List<String> problems = new ArrayList<>();
        if (citation == null || citation.isBlank()) {
            problems.add("no citation");
            return problems;
        }
        if (FILE_NAME.matcher(citation).find()) {
            problems.add("looks like a file name: " + citation);
        }
        for (String part : citation.split("; ")) {
            if (!PUBLICATION.matcher(part).matches()) {
                problems.add("not 'publisher or authors (year), title, section': " + part);
            }
        }
        return problems;
    }
}

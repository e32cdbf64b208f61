package uk.lantern.web.signpost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.lantern.directory.model.Service;

/**
 * Kinds of help people ask for by name ("a food bank", "an LGBT+ group", "counselling", "a choir") that a directory
 * may not hold, read from the curated list {@code lantern/signpost/kinds-asked-for.txt} (its sources and the
 * relation allowed for each kind are in its header). When a request names a kind and no service of that kind works
 * at the person's place, the person is told plainly that Lantern knows of none, and offered only what really relates
 * (money advice for a food bank, someone to talk to for counselling, nothing for an LGBT+ group or a choir), never
 * whatever is close. Round 21 (g28, issue 13). Immutable and thread-safe.
 */
final class KindsAskedFor {

    /**
     * One kind.
     *
     * @param label        as the chat names it ("a food bank")
     * @param asked        the words that ask for it, lower case
     * @param serviceWords a service is of the kind when its name or description (lower case) holds one of these
     * @param instead      the needs (lantern-needs ids) whose services are offered instead when none works at the place;
     *                     empty for nothing
     * @param also         needs whose services the request's other words may find too, first; empty for none
     * @param sameSex      the request's other words may find services only for the one sex they name, first ("gay
     *                     men's group": a men's group)
     * @param lead         said before the services offered instead; null when none are
     */
    record Kind(String label, Pattern asked, List<String> serviceWords, Set<String> instead, Set<String> also,
                boolean sameSex, String lead) {

        boolean isOf(Service s) {
            String text = ((s.name() == null ? "" : s.name()) + " " + (s.description() == null ? "" : s.description()))
                    .toLowerCase(Locale.UK);
            return serviceWords.stream().anyMatch(text::contains);
        }
    }

    /**
     * A kind named and not held where the person is.
     *
     * @param kind the kind
     * @param rest the request's other words, the kind's own taken out
     */
    record NotHeld(Kind kind, String rest) {}

    /** "I don't want counselling", "not a choir": the kind is turned away, not asked for. */
    private static final Pattern TURNED_AWAY = Pattern.compile(
            "\\b(?:not|no|don't|dont|do not|never|rather not|without)\\b(?:\\W+\\w+){0,2}\\W+$");

    /** In the "also" field: services only for the one sex the request names (see {@link Kind#sameSex}). */
    static final String SAME_SEX = "same-sex";

    private static final KindsAskedFor DEFAULT = read("/lantern/signpost/kinds-asked-for.txt");

    private final List<Kind> kinds;

    private KindsAskedFor(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    static KindsAskedFor standard() {
        return DEFAULT;
    }

    /**
     * The kind the words ask for when no service of it works at the place, with what to search instead.
     *
     * @param words      the request as typed; null gives empty
     * @param candidates the services the directory's search finds for some words (a service of a kind holds its
     *                   words, so is among those found for them; each found is checked with {@link Kind#isOf})
     * @param works      whether a service works at the person's place (the signposting's place rule)
     */
    Optional<NotHeld> notHeld(String words, Function<String, List<Service>> candidates, Predicate<Service> works) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String lower = words.toLowerCase(Locale.UK).replace('\u2019', '\'');
        for (Kind kind : kinds) {
            Matcher m = kind.asked().matcher(lower);
            boolean named = false;
            while (m.find()) {
                if (!TURNED_AWAY.matcher(lower.substring(0, m.start())).find()) {
                    named = true;
                    break;
                }
            }
            if (!named || candidates.apply(String.join(" ", kind.serviceWords())).stream()
                    .anyMatch(s -> kind.isOf(s) && works.test(s))) {
                continue;
            }
            return Optional.of(new NotHeld(kind, kind.asked().matcher(lower).replaceAll(" ").trim()));
        }
        return Optional.empty();
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(",")).map(String::trim).filter(w -> !w.isEmpty() && !w.equals("-")).toList();
    }

    static KindsAskedFor read(String resource) {
        List<Kind> kinds = new ArrayList<>();
        try (InputStream in = KindsAskedFor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(resource + ": six fields expected in " + line);
                }
                List<String> also = list(f[4]);
                kinds.add(new Kind(f[0].trim(), Pattern.compile(f[1].trim()), list(f[2]), Set.copyOf(list(f[3])),
                        also.stream().filter(n -> !n.equals(SAME_SEX)).collect(Collectors.toUnmodifiableSet()),
                        also.contains(SAME_SEX), f[5].trim().equals("-") ? null : f[5].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KindsAskedFor(kinds);
    }
}

package uk.lantern.directory.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lantern.directory.model.Taxonomy;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * The needs services answer. The term ids are shared with the rule base: the application checks
 * at start-up that every need a rule can raise is in {@link #termIds()}, so renaming one here
 * means renaming it in the rules too.
 */
public final class NeedsTaxonomy {
    public static final String TAXONOMY_ID = "lantern-needs";
    public static final Taxonomy TAXONOMY = new Taxonomy(TAXONOMY_ID, "Lantern needs",
            "Needs linked to social isolation and loneliness that local services can help with.",
            "https://lantern.example/taxonomies/lantern-needs");

    private static final Map<String, TaxonomyTerm> TERMS = new LinkedHashMap<>();

    static {
        add("befriending", "Befriending",
                "A regular visit or chat with a volunteer or worker who becomes a friendly face.");
        add("telephone_befriending", "Telephone befriending",
                "Regular friendly phone calls for people who would like someone to talk to.");
        add("community_navigators", "Community navigators",
                "Someone who finds out what the person wants and links them to local activities and help.");
        add("social_groups", "Social groups",
                "Clubs and groups to meet people, such as lunch clubs, coffee mornings and reading groups.");
        add("mens_groups", "Men's groups",
                "Groups where men meet, talk and support each other.");
        add("transport", "Transport",
                "Lifts and community transport to appointments, shops and activities.");
        add("carers_support", "Support for carers",
                "Breaks, advice and groups for people who look after someone.");
        add("bereavement_support", "Bereavement support",
                "Support after the death of a partner, relative or friend.");
        add("warmth_income", "Warmth and income",
                "Help with heating, bills, benefits and money worries.");
        add("sensory_support", "Sight and hearing support",
                "Help for people living with sight or hearing loss.");
        add("mental_health", "Mental health",
                "Support for low mood, anxiety and emotional distress.");
        add("digital_skills", "Digital skills",
                "Help to use computers, tablets, phones and the internet.");
        add("physical_activity", "Physical activity",
                "Gentle exercise, sport and movement sessions.");
        add("volunteering", "Volunteering",
                "Ways to give time to help others and meet people doing it.");
        add("information_advice", "Information and advice",
                "Information, advice and signposting on everyday concerns.");
    }

    private NeedsTaxonomy() {
    }

    private static void add(String id, String label, String description) {
        TERMS.put(id, new TaxonomyTerm(id, id, label, description, TAXONOMY_ID));
    }

    /** Every term id, in a stable order. */
    public static Set<String> termIds() {
        return java.util.Collections.unmodifiableSet(TERMS.keySet());
    }

    public static List<TaxonomyTerm> terms() {
        return List.copyOf(TERMS.values());
    }

    public static Optional<TaxonomyTerm> term(String id) {
        return Optional.ofNullable(id == null ? null : TERMS.get(id));
    }

    public static boolean contains(String id) {
        return id != null && TERMS.containsKey(id);
    }

    /** The label shown to people, or the id itself when the term is unknown. */
    public static String label(String id) {
        return term(id).map(TaxonomyTerm::name).orElse(id);
    }
}

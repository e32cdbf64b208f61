package uk.lantern.rules.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lantern.engine.Band;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.catalogue.FactorEntry;

/**
 * The screening's scoring written again in plain Java, for speed and as a second opinion on the
 * rules: the same factors, interactions, bands, needs, measures and safeguarding flags as the DRL,
 * with the factors' points taken from the catalogue. No Drools, no reflection: factors and needs
 * are bits in an int. It trusts its input: give it answers that pass the questionnaire's validation
 * (as the golden cases do); unlike the engine it does not check them.
 */
public final class ReferenceScorer {

    // Factor bits; every name must be a factor in the catalogue, which gives its points.
    static final String[] FACTORS = {
        "living_alone", "widowed", "recent_loss", "sight_loss", "many_eye_conditions", "hearing_loss",
        "stopped_driving", "cannot_get_out", "carer", "male_carer", "cold_home", "low_income", "money_barrier",
        "age_75_to_79", "age_80_plus", "health_poor", "health_fair", "health_good", "long_term_condition",
        "daily_activities_one", "daily_activities_two_plus", "dementia", "mental_health", "recently_retired",
        "unemployed", "language_barrier", "infrequent_contact", "no_group", "older_man_few_contacts",
        "lonely_ucla3", "chronic_loneliness"
    };
    private static final int LIVING_ALONE = 1, WIDOWED = 1 << 1, RECENT_LOSS = 1 << 2, SIGHT_LOSS = 1 << 3,
            MANY_EYE_CONDITIONS = 1 << 4, HEARING_LOSS = 1 << 5, STOPPED_DRIVING = 1 << 6, CANNOT_GET_OUT = 1 << 7,
            CARER = 1 << 8, MALE_CARER = 1 << 9, COLD_HOME = 1 << 10, LOW_INCOME = 1 << 11, MONEY_BARRIER = 1 << 12,
            AGE_75_TO_79 = 1 << 13, AGE_80_PLUS = 1 << 14, HEALTH_POOR = 1 << 15, HEALTH_FAIR = 1 << 16,
            HEALTH_GOOD = 1 << 17, LONG_TERM_CONDITION = 1 << 18, DAILY_ONE = 1 << 19, DAILY_TWO_PLUS = 1 << 20,
            DEMENTIA = 1 << 21, MENTAL_HEALTH = 1 << 22, RECENTLY_RETIRED = 1 << 23, UNEMPLOYED = 1 << 24,
            LANGUAGE_BARRIER = 1 << 25, INFREQUENT_CONTACT = 1 << 26, NO_GROUP = 1 << 27,
            OLDER_MAN_FEW_CONTACTS = 1 << 28, LONELY_UCLA3 = 1 << 29, CHRONIC_LONELINESS = 1 << 30;

    static final String[] NEEDS = {
        "befriending", "telephone_befriending", "community_navigators", "social_groups", "mens_groups", "transport",
        "carers_support", "bereavement_support", "warmth_income", "sensory_support", "mental_health",
        "digital_skills", "physical_activity", "volunteering", "information_advice"
    };
    private static final int N_BEFRIENDING = 1, N_TELEPHONE = 1 << 1, N_NAVIGATORS = 1 << 2, N_SOCIAL_GROUPS = 1 << 3,
            N_MENS_GROUPS = 1 << 4, N_TRANSPORT = 1 << 5, N_CARERS = 1 << 6, N_BEREAVEMENT = 1 << 7,
            N_WARMTH_INCOME = 1 << 8, N_SENSORY = 1 << 9, N_MENTAL_HEALTH = 1 << 10, N_DIGITAL = 1 << 11,
            N_PHYSICAL = 1 << 12, N_VOLUNTEERING = 1 << 13, N_INFORMATION = 1 << 14;

    static final String[] CONCERNS = {"unsafe_at_home", "thoughts_of_harm"};
    private static final int UNSAFE_AT_HOME = 1, THOUGHTS_OF_HARM = 2;

    private final int[] points = new int[FACTORS.length];

    public ReferenceScorer(Catalogue catalogue) {
        if (catalogue.factors().size() != FACTORS.length) {
            throw new IllegalArgumentException("The catalogue has " + catalogue.factors().size()
                    + " factors; the reference scorer knows " + FACTORS.length);
        }
        for (int i = 0; i < FACTORS.length; i++) {
            FactorEntry entry = catalogue.factors().get(FACTORS[i]);
            if (entry == null) {
                throw new IllegalArgumentException("The catalogue has no factor " + FACTORS[i]);
            }
            points[i] = entry.points();
        }
    }

    /** Scores answers that passed validation (strings, numbers or booleans, as decoded from JSON). */
    public Result score(Map<String, ?> a) {
        int age = number(a.get("age"));
        boolean male = "male".equals(a.get("sex"));
        int household = number(a.get("household_size"));
        Object marital = a.get("marital_status");
        Object health = a.get("self_rated_health");
        Object daily = a.get("daily_activities");
        Object work = a.get("work");
        Object eyeAnswer = a.get("eye_conditions");
        int eyeConditions = eyeAnswer == null ? -1 : number(eyeAnswer);
        boolean fewWithFamily = lessThanMonthly(a.get("contact_family"));
        boolean fewWithFriends = lessThanMonthly(a.get("contact_friends"));
        boolean inGroup = yes(a.get("group_member"));

        // ---- measures
        int ucla3 = ucla(a.get("lack_companionship")) + ucla(a.get("left_out")) + ucla(a.get("isolated_from_others"));
        int isolation = ("married_or_partner".equals(marital) ? 0 : 1)
                + (lessThanMonthly(a.get("contact_children")) ? 1 : 0)
                + (fewWithFamily ? 1 : 0) + (fewWithFriends ? 1 : 0) + (inGroup ? 0 : 1);
        String lonely = (String) a.get("how_often_lonely");
        double ageUk = Double.NaN;
        if (age >= 65) {
            double logOdds = -2.62;
            if ("poor".equals(health)) {
                logOdds += 2.03;
            } else if ("fair".equals(health)) {
                logOdds += 1.58;
            } else if ("good".equals(health)) {
                logOdds += 0.98;
            }
            if ("widowed".equals(marital)) {
                logOdds += 1.03;
            }
            logOdds += -1.04 * household;
            if (eyeConditions >= 3) {
                logOdds += 0.86;
            }
            if ("one".equals(daily)) {
                logOdds += 0.32;
            } else if ("two_or_more".equals(daily)) {
                logOdds += 0.38;
            }
            if (age <= 79 && age >= 75) {
                logOdds += -0.35;
            }
            ageUk = 1.0 / (1.0 + Math.exp(-logOdds));
        }

        // ---- factors
        int f = 0;
        if (household == 1) {
            f |= LIVING_ALONE;
        }
        if ("widowed".equals(marital)) {
            f |= WIDOWED;
        }
        if (yes(a.get("recent_loss"))) {
            f |= RECENT_LOSS;
        }
        if (yes(a.get("sight_loss"))) {
            f |= SIGHT_LOSS;
        }
        if (eyeConditions >= 3) {
            f |= MANY_EYE_CONDITIONS;
        }
        if (yes(a.get("hearing_loss"))) {
            f |= HEARING_LOSS;
        }
        if (yes(a.get("stopped_driving"))) {
            f |= STOPPED_DRIVING;
        }
        if (!yes(a.get("can_get_out"))) {
            f |= CANNOT_GET_OUT;
        }
        if (yes(a.get("is_carer"))) {
            f |= male ? CARER | MALE_CARER : CARER;
        }
        if (yes(a.get("cold_home"))) {
            f |= COLD_HOME;
        }
        if (yes(a.get("money_worries"))) {
            f |= LOW_INCOME;
        }
        if (yes(a.get("money_stops_going_out"))) {
            f |= MONEY_BARRIER;
        }
        if (age >= 80) {
            f |= AGE_80_PLUS;
        } else if (age >= 75) {
            f |= AGE_75_TO_79;
        }
        if ("poor".equals(health)) {
            f |= HEALTH_POOR;
        } else if ("fair".equals(health)) {
            f |= HEALTH_FAIR;
        } else if ("good".equals(health)) {
            f |= HEALTH_GOOD;
        }
        if (yes(a.get("long_term_condition"))) {
            f |= LONG_TERM_CONDITION;
        }
        if ("one".equals(daily)) {
            f |= DAILY_ONE;
        } else if ("two_or_more".equals(daily)) {
            f |= DAILY_TWO_PLUS;
        }
        if (yes(a.get("memory_problems"))) {
            f |= DEMENTIA;
        }
        if (yes(a.get("low_mood"))) {
            f |= MENTAL_HEALTH;
        }
        if ("retired_recently".equals(work)) {
            f |= RECENTLY_RETIRED;
        } else if ("unemployed".equals(work)) {
            f |= UNEMPLOYED;
        }
        if (yes(a.get("language_barrier"))) {
            f |= LANGUAGE_BARRIER;
        }
        if (fewWithFamily && fewWithFriends) {
            f |= male && age >= 65 ? INFREQUENT_CONTACT | OLDER_MAN_FEW_CONTACTS : INFREQUENT_CONTACT;
        }
        if (!inGroup) {
            f |= NO_GROUP;
        }
        if (ucla3 >= 6) {
            f |= LONELY_UCLA3;
        }
        if ("often_always".equals(lonely)) {
            f |= CHRONIC_LONELINESS;
        }

        int score = 0;
        for (int bits = f; bits != 0; bits &= bits - 1) {
            score += points[Integer.numberOfTrailingZeros(bits)];
        }
        Band band = score < 5 ? Band.LOW : score < 10 ? Band.MODERATE : Band.HIGH;

        // ---- needs
        int n = 0;
        if ((f & MONEY_BARRIER) == 0) {
            if ((f & (INFREQUENT_CONTACT | LONELY_UCLA3 | CHRONIC_LONELINESS)) != 0) {
                n |= N_BEFRIENDING;
            }
            if ((f & CHRONIC_LONELINESS) != 0) {
                n |= N_TELEPHONE;
            }
        }
        if ((f & (LIVING_ALONE | HEALTH_POOR | HEALTH_FAIR | LANGUAGE_BARRIER)) != 0 || isolation >= 3) {
            n |= N_NAVIGATORS;
        }
        if ((f & (DEMENTIA | RECENTLY_RETIRED | INFREQUENT_CONTACT | NO_GROUP | LONELY_UCLA3)) != 0) {
            n |= N_SOCIAL_GROUPS;
        }
        if ((f & (MALE_CARER | OLDER_MAN_FEW_CONTACTS)) != 0) {
            n |= N_MENS_GROUPS;
        }
        if ((f & (STOPPED_DRIVING | CANNOT_GET_OUT)) != 0) {
            n |= N_TRANSPORT;
        }
        if ((f & (CARER | MALE_CARER)) != 0) {
            n |= N_CARERS;
        }
        if ((f & (WIDOWED | RECENT_LOSS)) != 0) {
            n |= N_BEREAVEMENT;
        }
        if ((f & (COLD_HOME | LOW_INCOME | MONEY_BARRIER)) != 0) {
            n |= N_WARMTH_INCOME;
        }
        if ((f & (SIGHT_LOSS | MANY_EYE_CONDITIONS | HEARING_LOSS)) != 0) {
            n |= N_SENSORY;
        }
        if ((f & MENTAL_HEALTH) != 0) {
            n |= N_MENTAL_HEALTH;
        }
        if ((f & (CANNOT_GET_OUT | INFREQUENT_CONTACT)) != 0) {
            n |= N_DIGITAL;
        }
        if ((f & (HEALTH_FAIR | RECENTLY_RETIRED)) != 0) {
            n |= N_PHYSICAL;
        }
        if ((f & (RECENTLY_RETIRED | UNEMPLOYED)) != 0) {
            n |= N_VOLUNTEERING;
        }
        if ((f & (LOW_INCOME | LONG_TERM_CONDITION | DAILY_ONE | DAILY_TWO_PLUS | DEMENTIA | UNEMPLOYED
                | LANGUAGE_BARRIER)) != 0) {
            n |= N_INFORMATION;
        }

        // ---- safeguarding
        int urgent = (yes(a.get("feel_safe_at_home")) ? 0 : UNSAFE_AT_HOME)
                | (yes(a.get("thoughts_of_harm")) ? THOUGHTS_OF_HARM : 0);

        return new Result(band, score, f, n, urgent, ucla3, isolation, lonely, onsScore(lonely), ageUk);
    }

    private static boolean yes(Object answer) {
        return answer instanceof Boolean b ? b : answer instanceof String s && s.trim().equalsIgnoreCase("yes");
    }

    private static int number(Object answer) {
        return ((Number) answer).intValue();
    }

    private static boolean lessThanMonthly(Object answer) {
        return "less_than_monthly".equals(answer) || "none".equals(answer);
    }

    private static int ucla(Object answer) {
        if ("often".equals(answer)) {
            return 3;
        }
        return "some_of_the_time".equals(answer) ? 2 : 1;
    }

    private static int onsScore(String option) {
        return switch (option) {
            case "often_always" -> 5;
            case "some_of_the_time" -> 4;
            case "occasionally" -> 3;
            case "hardly_ever" -> 2;
            default -> 1;
        };
    }

    /**
     * The reference result. Factors, needs and concerns are bit sets; the list methods name them.
     *
     * @param ageUkOftenLonely the Age UK model's probability, or NaN under 65
     */
    public record Result(
            Band band,
            int score,
            int factorBits,
            int needBits,
            int concernBits,
            int ucla3,
            int isolationIndex,
            String onsDirect,
            int onsDirectScore,
            double ageUkOftenLonely) {

        public boolean urgent() {
            return concernBits != 0;
        }

        public List<String> factors() {
            return names(factorBits, FACTORS);
        }

        public List<String> needs() {
            return names(needBits, NEEDS);
        }

        public List<String> urgentConcerns() {
            return names(concernBits, CONCERNS);
        }

        public boolean hasAgeUk() {
            return !Double.isNaN(ageUkOftenLonely);
        }

        public String ucla3Interpretation() {
            return ucla3 >= 6 ? "lonely" : "not_lonely";
        }

        public String isolationInterpretation() {
            return isolationIndex >= 3 ? "isolated" : "less_isolated";
        }

        private static List<String> names(int bits, String[] names) {
            List<String> list = new ArrayList<>(Integer.bitCount(bits));
            for (int b = bits; b != 0; b &= b - 1) {
                list.add(names[Integer.numberOfTrailingZeros(b)]);
            }
            return list;
        }
    }
}

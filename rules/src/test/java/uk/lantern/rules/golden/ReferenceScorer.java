package uk.lantern.rules.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lantern.engine.Band;

/**
 * The screening's scoring written again in plain Java, for speed and as an independent second
 * opinion on the rules: the same factors, interactions, bands and band floors, needs, measures and
 * safeguarding flags as the DRL. It reads nothing from the rule base: every weight, cut-off and
 * coefficient is its own constant below, with where it comes from, so when the catalogue or the
 * DRL drift from what the sources say (or this class does), the two disagree and
 * {@link ReferenceScorerTest} fails. No Drools, no reflection: factors and needs are bits in a long
 * and an int. It trusts its input: give it answers that pass the questionnaire's validation (as the
 * golden cases do); unlike the engine it does not check them.
 */
public final class ReferenceScorer {

    // Factor bits, in the order of the catalogue's factors.
    static final String[] FACTORS = {
        "living_alone", "widowed", "recent_loss", "sight_loss", "many_eye_conditions", "hearing_loss",
        "stopped_driving", "cannot_get_out", "carer", "male_carer", "partner_carer", "cold_home", "low_income",
        "money_barrier", "age_80_plus", "health_poor", "health_fair", "health_good", "long_term_condition",
        "daily_activities_one", "daily_activities_two_plus", "dementia", "mental_health", "recently_retired",
        "unemployed", "language_barrier", "infrequent_contact", "no_group", "older_man_few_contacts",
        "lonely_ucla3", "chronic_loneliness", "no_confidant", "alone_few_visitors", "alone_rarely_visited"
    };
    private static final long LIVING_ALONE = 1L, WIDOWED = 1L << 1, RECENT_LOSS = 1L << 2, SIGHT_LOSS = 1L << 3,
            MANY_EYE_CONDITIONS = 1L << 4, HEARING_LOSS = 1L << 5, STOPPED_DRIVING = 1L << 6,
            CANNOT_GET_OUT = 1L << 7, CARER = 1L << 8, MALE_CARER = 1L << 9, PARTNER_CARER = 1L << 10,
            COLD_HOME = 1L << 11, LOW_INCOME = 1L << 12, MONEY_BARRIER = 1L << 13, AGE_80_PLUS = 1L << 14,
            HEALTH_POOR = 1L << 15, HEALTH_FAIR = 1L << 16, HEALTH_GOOD = 1L << 17, LONG_TERM_CONDITION = 1L << 18,
            DAILY_ONE = 1L << 19, DAILY_TWO_PLUS = 1L << 20, DEMENTIA = 1L << 21, MENTAL_HEALTH = 1L << 22,
            RECENTLY_RETIRED = 1L << 23, UNEMPLOYED = 1L << 24, LANGUAGE_BARRIER = 1L << 25,
            INFREQUENT_CONTACT = 1L << 26, NO_GROUP = 1L << 27, OLDER_MAN_FEW_CONTACTS = 1L << 28,
            LONELY_UCLA3 = 1L << 29, CHRONIC_LONELINESS = 1L << 30, NO_CONFIDANT = 1L << 31,
            ALONE_FEW_VISITORS = 1L << 32, ALONE_RARELY_VISITED = 1L << 33;

    /**
     * Points per factor, index for index with {@link #FACTORS}. Published points are the Age UK
     * model's log-odds doubled and rounded (Age UK, Green and Iparraguirre (2015), Predicting the
     * prevalence of loneliness at older ages, ELSA wave 5, people aged 65 and over); every other
     * figure is the rule authors' judgement (expert-set), as docs/rules.md lists.
     */
    static final int[] POINTS = {
        2, // living_alone: Age UK household size -1.04 per person; 1.04 x 2 = 2.08, rounded 2
        2, // widowed: Age UK +1.03 x 2 = 2.06, rounded 2
        2, // recent_loss: expert-set
        1, // sight_loss: expert-set
        2, // many_eye_conditions: Age UK +0.86 x 2 = 1.72, rounded 2
        1, // hearing_loss: expert-set
        2, // stopped_driving: expert-set
        2, // cannot_get_out: expert-set
        2, // carer: expert-set
        2, // male_carer: expert-set, from the fourfold difference PHE and UCL IHE (2015) report, section 'Carers'
        1, // partner_carer: expert-set
        2, // cold_home: expert-set
        1, // low_income: expert-set
        1, // money_barrier: expert-set
        2, // age_80_plus: expert-set (the Age UK model has no 80+ term; 75-79 gets no points, its term is -0.35)
        4, // health_poor: Age UK +2.03 x 2 = 4.06, rounded 4
        3, // health_fair: Age UK +1.58 x 2 = 3.16, rounded 3
        2, // health_good: Age UK +0.98 x 2 = 1.96, rounded 2
        1, // long_term_condition: expert-set
        1, // daily_activities_one: Age UK +0.32 x 2 = 0.64, rounded 1
        1, // daily_activities_two_plus: Age UK +0.38 x 2 = 0.76, rounded 1
        2, // dementia: expert-set
        2, // mental_health: expert-set
        1, // recently_retired: expert-set
        2, // unemployed: expert-set
        2, // language_barrier: expert-set
        2, // infrequent_contact: expert-set
        1, // no_group: expert-set
        1, // older_man_few_contacts: expert-set
        3, // lonely_ucla3: expert-set points for a published cut-off
        3, // chronic_loneliness: expert-set points for the ONS indicator
        2, // no_confidant: expert-set (idea from LSNS-6, Lubben and others 2006)
        1, // alone_few_visitors: expert-set (grading by visits from Nottinghamshire FRS's CHARLIE-P)
        2  // alone_rarely_visited: expert-set (as above)
    };

    /** Factors whose points are the Age UK model's and so are expert-set under 65. */
    static final long AGE_UK_WEIGHTED = LIVING_ALONE | WIDOWED | MANY_EYE_CONDITIONS | HEALTH_POOR | HEALTH_FAIR
            | HEALTH_GOOD | DAILY_ONE | DAILY_TWO_PLUS;

    // Age UK model, log-odds of often feeling lonely (source as for POINTS; SCREENING reference table).
    static final double AGE_UK_CONSTANT = -2.62;
    static final double AGE_UK_POOR = 2.03, AGE_UK_FAIR = 1.58, AGE_UK_GOOD = 0.98;
    static final double AGE_UK_WIDOWED = 1.03;
    static final double AGE_UK_PER_PERSON = -1.04;
    /** Household counted up to 5: the rule authors' cap, so the model is not extrapolated. */
    static final int AGE_UK_HOUSEHOLD_CAP = 5;
    static final double AGE_UK_EYES_3_PLUS = 0.86;
    static final double AGE_UK_ONE_TASK = 0.32, AGE_UK_TWO_TASKS = 0.38;
    static final double AGE_UK_75_TO_79 = -0.35;
    /** The model was fitted on people aged 65 and over. */
    static final int AGE_UK_FROM_AGE = 65;

    /** Band thresholds, expert-set: low 0-4, moderate 5-9, high 10 or more. */
    static final int MODERATE_FROM = 5, HIGH_FROM = 10;
    /** ONS three-item scale: 6 or more is lonely (cut-off as used in ELSA research). */
    static final int UCLA_LONELY_FROM = 6;
    /** Isolation index: 3 or more is "more isolated" (expert-set); 4 or more sets a minimum band (expert-set). */
    static final int ISOLATED_FROM = 3, ISOLATION_FLOOR_FROM = 4;

    static final String[] NEEDS = {
        "befriending", "telephone_befriending", "community_navigators", "social_groups", "mens_groups", "transport",
        "carers_support", "bereavement_support", "warmth_income", "sensory_support", "mental_health",
        "digital_skills", "physical_activity", "volunteering", "information_advice", "free_services"
    };
    private static final int N_BEFRIENDING = 1, N_TELEPHONE = 1 << 1, N_NAVIGATORS = 1 << 2, N_SOCIAL_GROUPS = 1 << 3,
            N_MENS_GROUPS = 1 << 4, N_TRANSPORT = 1 << 5, N_CARERS = 1 << 6, N_BEREAVEMENT = 1 << 7,
            N_WARMTH_INCOME = 1 << 8, N_SENSORY = 1 << 9, N_MENTAL_HEALTH = 1 << 10, N_DIGITAL = 1 << 11,
            N_PHYSICAL = 1 << 12, N_VOLUNTEERING = 1 << 13, N_INFORMATION = 1 << 14, N_FREE = 1 << 15;

    static final String[] CONCERNS = {"unsafe_at_home", "thoughts_of_harm"};
    private static final int UNSAFE_AT_HOME = 1, THOUGHTS_OF_HARM = 2;

    /** Band floors in the catalogue's order (strongest first). */
    static final String[] FLOORS = {"isolated_and_lonely", "isolated_index_4_plus", "lonely_ucla3", "chronic_loneliness"};

    private final int[] points;

    /** A scorer with its own weights. */
    public ReferenceScorer() {
        this(POINTS);
    }

    /** A scorer with other weights, index for index with {@link #FACTORS}: to prove a drift is caught. */
    ReferenceScorer(int[] points) {
        if (points.length != FACTORS.length) {
            throw new IllegalArgumentException("Expected " + FACTORS.length + " weights, got " + points.length);
        }
        this.points = points.clone();
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
        boolean partnerAtHome = household > 1 && yes(a.get("lives_with_partner"));
        int isolation = (partnerAtHome ? 0 : 1)
                + (lessThanMonthly(a.get("contact_children")) ? 1 : 0)
                + (fewWithFamily ? 1 : 0) + (fewWithFriends ? 1 : 0) + (inGroup ? 0 : 1);
        String lonely = (String) a.get("how_often_lonely");
        double ageUk = Double.NaN;
        String ageUkNotComputed = null;
        if (age < AGE_UK_FROM_AGE) {
            ageUkNotComputed = "under_65";
        } else if (yes(a.get("sight_loss")) && eyeAnswer == null) {
            ageUkNotComputed = "eye_conditions_missing";
        } else {
            double logOdds = AGE_UK_CONSTANT; // the pets term (+0.43) is not asked: taken as no pet
            if ("poor".equals(health)) {
                logOdds += AGE_UK_POOR;
            } else if ("fair".equals(health)) {
                logOdds += AGE_UK_FAIR;
            } else if ("good".equals(health)) {
                logOdds += AGE_UK_GOOD;
            }
            if ("widowed".equals(marital)) {
                logOdds += AGE_UK_WIDOWED;
            }
            logOdds += AGE_UK_PER_PERSON * Math.min(household, AGE_UK_HOUSEHOLD_CAP);
            if (eyeConditions >= 3) {
                logOdds += AGE_UK_EYES_3_PLUS;
            }
            if ("one".equals(daily)) {
                logOdds += AGE_UK_ONE_TASK;
            } else if ("two_or_more".equals(daily)) {
                logOdds += AGE_UK_TWO_TASKS;
            }
            if (age <= 79 && age >= 75) {
                logOdds += AGE_UK_75_TO_79;
            }
            ageUk = 1.0 / (1.0 + Math.exp(-logOdds));
        }

        // ---- factors
        long f = 0;
        if (household == 1) {
            f |= LIVING_ALONE;
            Object visitors = a.get("visitors");
            if ("monthly".equals(visitors)) {
                f |= ALONE_FEW_VISITORS;
            } else if ("rarely".equals(visitors)) {
                f |= ALONE_RARELY_VISITED;
            }
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
            if ("partner".equals(a.get("cares_for"))) {
                f |= PARTNER_CARER;
            }
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
        if (ucla3 >= UCLA_LONELY_FROM) {
            f |= LONELY_UCLA3;
        }
        if ("often_always".equals(lonely)) {
            f |= CHRONIC_LONELINESS;
        }
        if (!yes(a.get("confidant"))) {
            f |= NO_CONFIDANT;
        }

        int score = 0;
        for (long bits = f; bits != 0; bits &= bits - 1) {
            score += points[Long.numberOfTrailingZeros(bits)];
        }
        Band scoreBand = score < MODERATE_FROM ? Band.LOW : score < HIGH_FROM ? Band.MODERATE : Band.HIGH;

        // ---- band floors (expert-set): measured isolation and loneliness set a minimum band
        boolean isolatedFloor = isolation >= ISOLATION_FLOOR_FROM;
        boolean lonelyFloor = ucla3 >= UCLA_LONELY_FROM;
        boolean chronicFloor = "often_always".equals(lonely);
        List<String> floors = new ArrayList<>();
        if (isolatedFloor && (lonelyFloor || chronicFloor)) {
            floors.add(FLOORS[0]);
        }
        if (isolatedFloor) {
            floors.add(FLOORS[1]);
        }
        if (lonelyFloor) {
            floors.add(FLOORS[2]);
        }
        if (chronicFloor) {
            floors.add(FLOORS[3]);
        }
        Band band = scoreBand;
        if (floors.contains(FLOORS[0])) {
            band = Band.HIGH;
        } else if (!floors.isEmpty() && band == Band.LOW) {
            band = Band.MODERATE;
        }

        // ---- needs
        int n = 0;
        if ((f & (INFREQUENT_CONTACT | LONELY_UCLA3 | CHRONIC_LONELINESS | NO_CONFIDANT | ALONE_FEW_VISITORS
                | ALONE_RARELY_VISITED)) != 0) {
            n |= N_BEFRIENDING;
        }
        if ((f & CHRONIC_LONELINESS) != 0) {
            n |= N_TELEPHONE;
        }
        if ((f & MONEY_BARRIER) != 0) {
            n |= N_FREE;
        }
        // living alone counts only beside another factor that raises a need of its own (round 19)
        long signs = f & ~(LIVING_ALONE | WIDOWED | AGE_80_PLUS | HEALTH_GOOD);
        if ((f & (HEALTH_POOR | HEALTH_FAIR | LANGUAGE_BARRIER | NO_CONFIDANT | ALONE_RARELY_VISITED)) != 0
                || ((f & LIVING_ALONE) != 0 && signs != 0) || isolation >= ISOLATED_FROM) {
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
        if ((f & (CARER | MALE_CARER | PARTNER_CARER)) != 0) {
            n |= N_CARERS;
        }
        if ((f & RECENT_LOSS) != 0) { // a loss in the last two years; being widowed alone is not (round 15)
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

        long expertSetHere = age < AGE_UK_FROM_AGE ? f & AGE_UK_WEIGHTED : 0;
        return new Result(band, scoreBand, floors, score, f, expertSetHere, n, urgent, ucla3, isolation, lonely,
                onsCode(lonely), ageUk, ageUkNotComputed);
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

    /** The ONS response code of the direct question (ONS 2018, National Measurement of Loneliness). */
    private static int onsCode(String option) {
        return switch (option) {
            case "often_always" -> 1;
            case "some_of_the_time" -> 2;
            case "occasionally" -> 3;
            case "hardly_ever" -> 4;
            case "never" -> 5;
            default -> throw new IllegalArgumentException("Not an answer to the direct question: " + option);
        };
    }

    /**
     * The reference result. Factors, needs and concerns are bit sets; the list methods name them.
     *
     * @param floors             the band floors that apply, strongest first
     * @param expertSetFactorBits factors whose published points are expert-set here (under 65)
     * @param ageUkOftenLonely   the Age UK model's probability, or NaN when not computed
     * @param ageUkNotComputed   why not ({@code under_65}, {@code eye_conditions_missing}), or null
     */
    public record Result(
            Band band,
            Band scoreBand,
            List<String> floors,
            int score,
            long factorBits,
            long expertSetFactorBits,
            int needBits,
            int concernBits,
            int ucla3,
            int isolationIndex,
            String onsDirect,
            int onsDirectScore,
            double ageUkOftenLonely,
            String ageUkNotComputed) {

        public boolean urgent() {
            return concernBits != 0;
        }

        public List<String> factors() {
            return names(factorBits, FACTORS);
        }

        public List<String> expertSetHere() {
            return names(expertSetFactorBits, FACTORS);
        }

        public List<String> needs() {
            return names(needBits & 0xFFFFFFFFL, NEEDS);
        }

        public List<String> urgentConcerns() {
            return names(concernBits & 0xFFFFFFFFL, CONCERNS);
        }

        public boolean hasAgeUk() {
            return !Double.isNaN(ageUkOftenLonely);
        }

        public String ucla3Interpretation() {
            return ucla3 >= UCLA_LONELY_FROM ? "lonely" : "not_lonely";
        }

        public String isolationInterpretation() {
            return isolationIndex >= ISOLATED_FROM ? "isolated" : "less_isolated";
        }

        private static List<String> names(long bits, String[] names) {
            List<String> list = new ArrayList<>(Long.bitCount(bits));
            for (long b = bits; b != 0; b &= b - 1) {
                list.add(names[Long.numberOfTrailingZeros(b)]);
            }
            return list;
        }
    }
}

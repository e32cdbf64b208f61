package uk.lantern.directory.signpost;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What signposting needs to know about one person, read from their screening answers and the
 * needs the rules raised. Anything not asked is taken as "no": a service for carers is only
 * offered to someone who said they care for someone.
 *
 * @param age            years, or null when not given (age-limited services are then left out)
 * @param sex            as the person answered
 * @param carer          looks after someone ({@code is_carer})
 * @param bereaved       lost someone close recently, or widowed ({@code recent_loss}, {@code marital_status})
 * @param sightLoss      problems with sight ({@code sight_loss})
 * @param hearingLoss    problems with hearing ({@code hearing_loss})
 * @param cannotGetOut   cannot get to the places they want to go ({@code can_get_out} = no)
 * @param dailyDifficulty difficulty with one or more everyday tasks ({@code daily_activities})
 * @param costKeepsIn    cost stops them going out ({@code money_stops_going_out}, or the
 *                       {@code free_services} need)
 * @param needs          need term ids from the rules ({@code befriending}, ...), without
 *                       {@code free_services}
 * @param place          what the person gave as their place (postcode, sector, district or town);
 *                       null or blank when they gave none
 * @param causes         circumstances that decide which kind of help comes first (see {@link Cause})
 */
public record Person(Integer age, Sex sex, boolean carer, boolean bereaved, boolean sightLoss, boolean hearingLoss,
                     boolean cannotGetOut, boolean dailyDifficulty, boolean costKeepsIn, Set<String> needs,
                     String place, Set<Cause> causes) {

    /** The need the rules raise when cost keeps someone in; it is a constraint, not a kind of service. */
    public static final String FREE_SERVICES = "free_services";

    /** How the person answered "Are you a man or a woman?". */
    public enum Sex { FEMALE, MALE, UNKNOWN }

    /**
     * Circumstances that make one kind of help come before another (issue 13: needs follow
     * causes), beyond what the other components say.
     */
    public enum Cause {
        /** Lost someone close recently ({@code recent_loss}), not only widowed long ago. */
        RECENT_LOSS,
        /** Cares for a husband, wife or partner ({@code cares_for} = partner): carers' support first. */
        CARES_FOR_PARTNER,
        /** Cannot keep their home warm ({@code cold_home}). */
        COLD_HOME,
        /** Worries about money ({@code money_worries}), whether or not it keeps them in. */
        MONEY_WORRIES,
        /**
         * Says they have thoughts of harming themselves ({@code thoughts_of_harm}): besides the
         * safeguarding response, a listening line that works by phone comes first among the
         * suggestions (a product decision, 2026-12-01, on the sealed persona s40).
         */
        THOUGHTS_OF_HARM,
        /**
         * Said they can get to the places they want to go ({@code can_get_out} = yes) and have no difficulty with
         * everyday tasks ({@code daily_activities} = none): a service for people who find it hard to leave home is
         * not for them, whatever other group it also names (round 20, g27: personas v18's v08, a 38-year-old Deaf
         * person who gets out, was offered home visits for "older or disabled people ... who find it hard to leave
         * home"). Never set when either answer is missing, nor when the cost of going out keeps them in
         * ({@code money_stops_going_out} = yes).
         */
        GETS_OUT
    }

    public Person {
        sex = sex == null ? Sex.UNKNOWN : sex;
        Set<String> kinds = new LinkedHashSet<>(needs == null ? Set.of() : needs);
        costKeepsIn = costKeepsIn || kinds.remove(FREE_SERVICES);
        needs = Set.copyOf(kinds);
        place = place == null || place.isBlank() ? null : place.strip();
        causes = causes == null || causes.isEmpty() ? Set.of() : Set.copyOf(causes);
    }

    /**
     * Reads the questionnaire's answers (question id to value: numbers, {@code true}/{@code false}
     * or {@code "yes"}/{@code "no"}, option ids) and the needs the rules raised.
     *
     * @param place the place the person gave; when null, the {@code postcode} answer
     */
    public static Person fromAnswers(Map<String, ?> answers, Set<String> needs, String place) {
        Object age = answers.get("age");
        Sex sex = switch (String.valueOf(answers.get("sex"))) {
            case "female" -> Sex.FEMALE;
            case "male" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
        Object daily = answers.get("daily_activities");
        String given = place != null ? place
                : answers.get("postcode") instanceof String p && !p.isBlank() ? p : null;
        Set<Cause> causes = java.util.EnumSet.noneOf(Cause.class);
        if (yes(answers.get("recent_loss"))) {
            causes.add(Cause.RECENT_LOSS);
        }
        if (yes(answers.get("is_carer")) && "partner".equals(answers.get("cares_for"))) {
            causes.add(Cause.CARES_FOR_PARTNER);
        }
        if (yes(answers.get("cold_home"))) {
            causes.add(Cause.COLD_HOME);
        }
        if (yes(answers.get("money_worries"))) {
            causes.add(Cause.MONEY_WORRIES);
        }
        if (yes(answers.get("thoughts_of_harm"))) {
            causes.add(Cause.THOUGHTS_OF_HARM);
        }
        if (yes(answers.get("can_get_out")) && "none".equals(daily) && !yes(answers.get("money_stops_going_out"))) {
            // cost keeping someone in is finding it hard to get out (the lead, after round 20's merge: WorkerPagesTest's
            // Joan, lonely and kept in by the cost of going out, keeps the free home-visiting befriending)
            causes.add(Cause.GETS_OUT);
        }
        return new Person(age instanceof Number n ? n.intValue() : null, sex, yes(answers.get("is_carer")),
                yes(answers.get("recent_loss")) || "widowed".equals(answers.get("marital_status")),
                yes(answers.get("sight_loss")), yes(answers.get("hearing_loss")), no(answers.get("can_get_out")),
                "one".equals(daily) || "two_or_more".equals(daily), yes(answers.get("money_stops_going_out")),
                needs, given, causes);
    }

    /** Someone who cannot get out, or finds everyday tasks hard, is offered help that comes to them first. */
    public boolean staysIn() {
        return cannotGetOut || dailyDifficulty;
    }

    static boolean yes(Object answer) {
        return Boolean.TRUE.equals(answer) || answer instanceof String s && "yes".equals(s.toLowerCase(Locale.ROOT));
    }

    static boolean no(Object answer) {
        return Boolean.FALSE.equals(answer) || answer instanceof String s && "no".equals(s.toLowerCase(Locale.ROOT));
    }
}

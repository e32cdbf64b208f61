package uk.lantern.web.signpost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signpost;
import uk.lantern.directory.signpost.Signposts;

/**
 * Help a person who cannot use a voice phone can actually use (round 15, new-user trial: a Deaf
 * man whose first language is BSL was offered telephone befriending).
 *
 * <p>A person cannot use a voice phone when they answered yes both to hearing loss
 * ({@code hearing_loss}) and to finding it hard to talk with services in English
 * ({@code language_barrier}): for a Deaf person that is BSL, and a voice call needs both hearing
 * and spoken English. For them a suggestion that reaches them only by voice phone is left out
 * unless the service has a text route: an email address, or a number the directory marks as text,
 * SMS, textphone or video (HSDS 3.0 {@code phone.type}). Those reached in person, at home, online
 * or by a text route stay, and services that come in person or online come before phone lines.
 */
public final class VoicePhone {

    /** HSDS 3.0 phone types that need no voice call. */
    static final Set<String> TEXT_PHONE_TYPES = Set.of("text", "sms", "textphone", "video");

    /** Said before the list when a voice-phone-only service was left out, in plain words. */
    public static final String LEFT_OUT = "You told me hearing and spoken English are hard for you, so I have left "
            + "out help that is only by voice phone and put help in person, online or by text first.";

    /** Said before the list when the person said in their own words that they cannot use a voice phone. */
    public static final String LEFT_OUT_SAID = "You told me you can't use a voice phone, so I have left out help "
            + "that is only by voice phone and put help in person, online or by text first.";

    /**
     * Words saying the person cannot use a voice phone (round 20, g27, the lead's decision on issue 13: personas v18's
     * v06 to v09, v35, v43 and v46 are Deaf or hard of hearing people who use text, email or video only): Deaf or
     * profoundly deaf, British Sign Language, text or video only, phone calls they cannot make or hear. Not a hearing
     * loss alone ("a bit deaf", "hard of hearing", "I wear hearing aids"), which many manage on a phone with.
     */
    private static final java.util.regex.Pattern SAYS_NO_VOICE_PHONE = java.util.regex.Pattern.compile(
            "\\b(?:bsl|british sign language|sign language|signer|textphone|minicom|lip ?read(?:s|ing)?"
            + "|(?:profoundly|totally|completely|severely|born) deaf|deaf (?:since|from) birth"
            + "|(?:i'm|im|i am|i was born|he's|she's|they're|he is|she is|they are) deaf\\b(?! ?-?(?:ish|er))"
            + "|(?:text|texts|texting|email|emails|video|video calls?)(?:,? (?:or|and) (?:text|texts|email|emails|video"
            + "|video calls?))* only|only (?:by |do |use |manage )?(?:text|texts|email|emails|video|video calls?)"
            + "|(?:no|not) (?:voice|phone) calls|(?:can't|cannot|cant|can not|unable to|couldn't) (?:use|hear on|hear"
            + "|follow|make|do|manage) (?:a |the |any )?(?:voice )?(?:phone|telephone)(?: calls?)?"
            + "|(?:phone|telephone|voice) calls? (?:are|is) (?:impossible|no good|no use|out of the question))\\b");

    /** Qualifiers that make "deaf" a partial hearing loss ("I'm a bit deaf", "I'm going deaf"). */
    private static final java.util.regex.Pattern PARTLY_DEAF = java.util.regex.Pattern.compile(
            "\\b(?:i'm|im|i am|he's|she's|they're|he is|she is|they are) (?:a bit|a little|slightly|going|partly"
            + "|partially|quite|getting) deaf\\b");

    /**
     * True when the words say the person cannot use a voice phone ({@link #SAYS_NO_VOICE_PHONE}): "I'm Deaf, BSL is
     * my first language", "texts only please", "phone calls are impossible for me"; false for a partial hearing loss
     * ("I'm a bit deaf", "hard of hearing") and for null.
     */
    public static boolean saysNoVoicePhone(String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        String t = PARTLY_DEAF.matcher(words.toLowerCase(Locale.UK).replace('\u2019', '\'')).replaceAll(" ");
        return SAYS_NO_VOICE_PHONE.matcher(t).find();
    }

    /**
     * Relay UK, for any number still shown (as published by Relay UK, BT's national text relay
     * service; the same words as the {@code relay_uk} line of the safeguarding helplines).
     */
    public static final String RELAY_UK = "Relay UK: if you cannot hear or speak on the phone, put 18001 in front of "
            + "any number here, from the Relay UK app or a textphone, and a relay assistant types what is said.";

    private VoicePhone() {
    }

    /**
     * True when the answers (question id to value: {@code true}/{@code false} or {@code "yes"}/{@code "no"})
     * say yes to both {@code hearing_loss} and {@code language_barrier}; false when either is missing.
     */
    public static boolean cannotUse(Map<String, ?> answers) {
        return answers != null && yes(answers.get("hearing_loss")) && yes(answers.get("language_barrier"));
    }

    /** True when the signpost reaches the person some way other than a voice call, or the service has a text route. */
    static boolean usable(Signpost s) {
        return !voiceOnly(s) || textRoute(s.service());
    }

    /** True when the only way the signpost reaches the person is by phone. */
    static boolean voiceOnly(Signpost s) {
        return !s.ways().isEmpty() && s.ways().stream().allMatch(d -> d == Delivery.TELEPHONE);
    }

    /** True when the service or its contacts publish an email address or a text, SMS, textphone or video number. */
    static boolean textRoute(Service s) {
        if (s.email() != null && !s.email().isBlank()) {
            return true;
        }
        List<Phone> phones = new ArrayList<>(s.phones());
        for (Contact c : s.contacts()) {
            if (c.email() != null && !c.email().isBlank()) {
                return true;
            }
            phones.addAll(c.phones());
        }
        return phones.stream().anyMatch(p -> p.type() != null
                && TEXT_PHONE_TYPES.contains(p.type().strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The signposts a person who cannot use a voice phone can use, in order, those that come in person
     * or online before phone lines kept for their text route; at most {@code max}.
     */
    static List<Signpost> keep(List<Signpost> ranked, int max) {
        List<Signpost> first = new ArrayList<>();
        List<Signpost> phoneWithText = new ArrayList<>();
        for (Signpost s : ranked) {
            if (!voiceOnly(s)) {
                first.add(s);
            } else if (textRoute(s.service())) {
                phoneWithText.add(s);
            }
        }
        first.addAll(phoneWithText);
        return first.size() > max ? List.copyOf(first.subList(0, max)) : List.copyOf(first);
    }

    /** The most suggestions signposting gives in one call. */
    private static final int MOST_SUGGESTIONS = 100;

    /**
     * The person's suggestions from the directory's signposting, for a person who cannot use a voice
     * phone ({@link #cannotUse}) without those only by voice phone that have no text route, more being
     * asked for so those left out leave no gap, and with {@link #LEFT_OUT} before the lead when any was
     * left out; for anyone else, the signposting's own suggestions and lead.
     *
     * @param answers question id to value, as for {@link #cannotUse}
     * @param max     at most this many suggestions, 1 to 100
     */
    public static Found signposts(LocalServicesDirectory directory, Person person, Map<String, ?> answers, int max) {
        return signposts(directory, person, answers, max, false);
    }

    /**
     * As {@link #signposts(LocalServicesDirectory, Person, Map, int)}; {@code saidNoVoicePhone}: the person said in
     * their own words that they cannot use a voice phone ({@link #saysNoVoicePhone}, or the API's
     * {@code "voicePhone": false}), which leaves out voice-only help as the answers would, with
     * {@link #LEFT_OUT_SAID} before the lead.
     */
    public static Found signposts(LocalServicesDirectory directory, Person person, Map<String, ?> answers, int max,
                                  boolean saidNoVoicePhone) {
        Signposts found = directory.signposts(person, max);
        boolean answered = cannotUse(answers);
        if (!answered && !saidNoVoicePhone) {
            return new Found(found, found.lead());
        }
        List<Signpost> usable = keep(found.services(), max);
        boolean leftOut = usable.size() < found.services().size();
        if (leftOut) {
            usable = keep(directory.signposts(person, Math.min(MOST_SUGGESTIONS, max * 4)).services(), max);
        }
        Signposts kept = new Signposts(found.place(), found.placeInput(), found.placeName(), usable, found.needs());
        String why = answered ? LEFT_OUT : LEFT_OUT_SAID;
        return new Found(kept, leftOut ? why + (usable.isEmpty() ? " " : "\n\n") + kept.lead() : kept.lead());
    }

    /**
     * Suggestions and the sentence before them.
     *
     * @param signposts the suggestions, best first
     * @param lead      the sentence before the list (or saying there is none)
     */
    public record Found(Signposts signposts, String lead) {
    }

    private static boolean yes(Object answer) {
        return Boolean.TRUE.equals(answer) || answer instanceof String s && "yes".equalsIgnoreCase(s.strip());
    }
}

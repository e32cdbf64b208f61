package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.BandEntry;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.web.signpost.ServiceFinder;
import uk.lantern.web.signpost.VoicePhone;

/**
 * The end of a screening put kindly: what the person said that matters, put back to them in their
 * own terms ({@link Reflections}), the band's kind words (never its label, points or scales), what
 * may help, local services for those needs, and where to get more help.
 */
final class Closing {

    static final String SILVER_LINE = "The Silver Line, for people aged 55 and over: call 0800 4 70 80 90, free, day or night.";
    /** The Silver Line is for people aged 55 and over (as The Silver Line publishes it). */
    static final int SILVER_LINE_FROM_AGE = 55;
    static final String NHS_111 = "NHS 111: call 111 if you are worried about your health and it is not an emergency.";
    static final String SAMARITANS = "Samaritans: call 116 123, free, any time.";
    static final String EMERGENCY = "If your life, or someone else's, is at risk: call 999.";

    /** At most this many services in the closing message. */
    static final int MOST_SERVICES = 5;
    private final Catalogue catalogue;
    private final Reflections reflections;
    private final ServiceFinder finder;

    Closing(Catalogue catalogue, ServiceFinder finder) {
        this.catalogue = catalogue;
        this.reflections = new Reflections(catalogue);
        this.finder = finder;
    }

    /**
     * @param answers        the answers assessed, question id to the value kept, to reflect back
     * @param disclosureHelp the helplines given after what the person disclosed in this chat, one
     *                       line each; the summary leads with them
     */
    Summary summarise(Assessment a, Map<String, Object> answers, String place, boolean safeguardingFlag,
                      List<String> disclosureHelp) {
        return summarise(a, answers, place, safeguardingFlag, disclosureHelp, false);
    }

    /**
     * @param listeningLine the person wrote of hopelessness or harming themselves in this chat: a
     *                      listening line by phone comes first among the services, as the signposts
     *                      give one for an answer of thoughts of harm
     */
    Summary summarise(Assessment a, Map<String, Object> answers, String place, boolean safeguardingFlag,
                      List<String> disclosureHelp, boolean listeningLine) {
        return summarise(a, answers, place, safeguardingFlag, disclosureHelp, listeningLine, false);
    }

    /**
     * @param saidNoVoicePhone the person said in this chat that they cannot use a voice phone
     *                         ({@link VoicePhone#saysNoVoicePhone}): help only by voice phone is left out
     *                         and Relay UK is named, as for the answers that say so
     */
    Summary summarise(Assessment a, Map<String, Object> answers, String place, boolean safeguardingFlag,
                      List<String> disclosureHelp, boolean listeningLine, boolean saidNoVoicePhone) {
        List<String> actNow = disclosureFirst(a, safeguardingFlag, disclosureHelp);
        List<String> said = reflections.of(a, answers);
        BandEntry band = catalogue.bands().get(a.band());
        List<String> mayHelp = a.needs().stream().map(Assessment.Need::label).distinct().toList();
        Set<String> needIds = new LinkedHashSet<>();
        a.needs().forEach(n -> needIds.add(n.id()));
        ServiceFinder.Offer offer = finder.offer(answers, needIds, place, MOST_SERVICES, listeningLine,
                saidNoVoicePhone);
        // the same core lines for everyone; The Silver Line only for those it is for
        List<String> moreHelp = new ArrayList<>(List.of(EMERGENCY, SAMARITANS));
        if (silverLineFits(answers.get("age"))) {
            moreHelp.add(SILVER_LINE);
        }
        moreHelp.add(NHS_111);
        if (VoicePhone.cannotUse(answers) || saidNoVoicePhone) {
            // round 15: every line above is a voice call; a person who cannot use one is told how to reach them
            moreHelp.add(VoicePhone.RELAY_UK);
        }
        // the words come from what was found (measured isolation or loneliness first), never a bare
        // band, and none after a disclosure
        String kindWords = pointingAt(fitted(!actNow.isEmpty() ? ""
                : a.bandDetail() != null ? a.bandDetail().publicWords() : band == null ? "" : band.publicWords(),
                answers.get("age")), !offer.services().isEmpty());
        String lead = offer.sampleNote() == null ? offer.lead() : offer.sampleNote() + "\n\n" + offer.lead();
        return new Summary(said, kindWords, mayHelp, lead, offer.services(), actNow, moreHelp);
    }

    /**
     * The kind words with The Silver Line (55 and over) changed for Samaritans (anyone) when it does
     * not fit the person: both are free, day or night, so the words around stay true.
     */
    static String fitted(String words, Object age) {
        return silverLineFits(age) ? words
                : words.replace("The Silver Line", "Samaritans").replace("0800 4 70 80 90", "116 123");
    }

    /** "The services below can help, and you can call ..." said with nothing below. */
    private static final java.util.regex.Pattern SERVICES_BELOW_AND = java.util.regex.Pattern.compile(
            "(?i)\\bthe services below can help,? and you can\\b");
    /** Any other sentence that points at services below. */
    private static final java.util.regex.Pattern POINTS_BELOW = java.util.regex.Pattern.compile(
            "(?i)\\s*[^.!?]*\\b(?:below|listed here|shown here)\\b[^.!?]*[.!?]");

    /**
     * The kind words as they stand when services are shown after them; with none shown, without
     * what points at them ("The services below can help, and you can call ..." becomes "You can
     * call ..."; any other sentence that points below is left out), so the ending never points at
     * an empty list (round 12, new-user trial).
     */
    static String pointingAt(String words, boolean servicesShown) {
        if (servicesShown || words.isEmpty()) {
            return words;
        }
        String s = SERVICES_BELOW_AND.matcher(words).replaceAll("You can");
        return POINTS_BELOW.matcher(s).replaceAll("").strip();
    }

    /** True only for a known age of 55 or over: The Silver Line is for people aged 55 and over. */
    static boolean silverLineFits(Object age) {
        return age instanceof Number n && n.intValue() >= SILVER_LINE_FROM_AGE;
    }

    /**
     * A line to talk to someone that fits the person: The Silver Line from 55, else Samaritans
     * (for anyone).
     *
     * @param age the {@code age} answer, or null when not known
     */
    static String talkLine(Object age) {
        return silverLineFits(age) ? SILVER_LINE : SAMARITANS;
    }

    /**
     * After any disclosure (in the chat or in an answer) the summary leads with the help for it,
     * and nothing afterwards may reassure: see {@link #reflection}. Empty when nothing was disclosed.
     */
    static List<String> disclosureFirst(Assessment a, boolean safeguardingFlag, List<String> disclosureHelp) {
        if (!a.urgent() && !safeguardingFlag) {
            return List.of();
        }
        Set<String> lines = new LinkedHashSet<>();
        lines.add(DISCLOSURE_LEAD);
        lines.addAll(disclosureHelp);
        if (disclosureHelp.isEmpty()) {
            a.urgentConcerns().forEach(c -> lines.add(c.whatToDoNow()));
            lines.add(EMERGENCY);
        }
        return List.copyOf(lines);
    }

    /** The lead sentence, then the help as a list. */
    static String actNow(Summary s) {
        StringBuilder text = new StringBuilder(s.actNow().getFirst());
        s.actNow().stream().skip(1).forEach(line -> text.append("\n- ").append(line));
        return text.toString();
    }

    static final String DISCLOSURE_LEAD = "You told me something that matters. Please keep these numbers: "
            + "if you are in danger right now, call 999.";

    /** What seems to matter and the kind words, as one message; no reassurance after a disclosure. */
    static String reflection(Summary s) {
        StringBuilder text = new StringBuilder("Thank you for answering my questions. I know some of them were personal.");
        if (!s.actNow().isEmpty()) {
            if (!s.reflection().isEmpty()) {
                text.append("\n\nHere is what I heard from you that matters:");
                s.reflection().forEach(r -> text.append("\n- ").append(r));
            }
            return text.toString();
        }
        if (s.reflection().isEmpty()) {
            text.append("\n\nNothing you told me stands out as a worry, which is good to hear.");
        } else {
            text.append("\n\nHere is what I heard from you that matters:");
            s.reflection().forEach(r -> text.append("\n- ").append(r));
        }
        if (!s.publicWords().isBlank()) {
            text.append("\n\n").append(s.publicWords());
        }
        return text.toString();
    }

    static String services(Summary s) {
        StringBuilder text = new StringBuilder();
        if (!s.mayHelp().isEmpty()) {
            text.append("Things that may help:");
            s.mayHelp().forEach(m -> text.append("\n- ").append(m));
            text.append("\n\n");
        }
        if (s.services().isEmpty()) {
            // the lead says nothing matched and what to do next; it never promises a list
            text.append(s.servicesLead());
        } else {
            text.append(s.servicesLead());
            s.services().forEach(v -> text.append('\n').append(v.asLine()));
        }
        return text.toString();
    }

    static String moreHelp(Summary s) {
        StringBuilder text = new StringBuilder("If you would like more help or someone to talk to:");
        s.moreHelp().forEach(h -> text.append("\n- ").append(h));
        text.append("\n\nNothing you told me has been saved. You can print this summary to keep it, ask me about "
                + "other local services, or say \"start again\".");
        // Round 8c: after a disclosure the closing still ends warmly, without reassuring.
        text.append(s.actNow().isEmpty() ? "\n\nThank you for talking with me. Take care."
                : "\n\nThank you for trusting me with what you told me. You don't have to face it on your own: "
                + "the people on these numbers are there to listen. Take care.");
        return text.toString();
    }
}

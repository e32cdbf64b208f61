package uk.lantern.engine.safeguarding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;

/**
 * The help given at once when a message raises a concern, as data from the rule base:
 * {@value #HELP_FILE} has one section per {@link Help} (its opening to the person, the ids of its
 * helplines and guidance for workers, in order of urgency) plus {@code continue} and
 * {@code again}, and {@code deaf} (the ways to reach help without a voice call, added for a person
 * who has said they are deaf, hard of hearing or use BSL); {@value #HELPLINES_FILE} has each
 * helpline's number, source and date checked.
 * The text for the person never includes worker guidance. Immutable and thread-safe.
 */
public final class CrisisResponse {

    public static final String HELP_FILE = "help.txt";
    public static final String HELPLINES_FILE = "helplines.tsv";

    /** What one kind of help says and lists. */
    public record HelpGiven(Help help, String opening, List<Helpline> lines, String workerGuidance) {
    }

    private final Map<Help, HelpGiven> helps;
    private final List<Help> urgency;
    private final Map<String, Helpline> helplines;
    private final String carryOn;
    private final String again;
    private final String deafOpening;
    private final String deafWorker;
    private final List<Helpline> deafLines;
    private final String bereavedOpening;

    private CrisisResponse(Map<Help, HelpGiven> helps, List<Help> urgency, Map<String, Helpline> helplines,
            String carryOn, String again, String deafOpening, String deafWorker, List<Helpline> deafLines,
            String bereavedOpening) {
        this.helps = helps;
        this.urgency = urgency;
        this.helplines = helplines;
        this.carryOn = carryOn;
        this.again = again;
        this.deafOpening = deafOpening;
        this.deafWorker = deafWorker;
        this.deafLines = deafLines;
        this.bereavedOpening = bereavedOpening;
    }

    /** Loads the help the {@code rules} module ships. */
    public static CrisisResponse load() {
        return load(SafeguardingCheck.DEFAULT_LOCATION, CrisisResponse.class.getClassLoader());
    }

    /**
     * Loads {@value #HELP_FILE} and {@value #HELPLINES_FILE} from a classpath folder.
     *
     * @throws RuleBaseException when a file is missing, a kind of help has no section, opening or
     *                           lines, a line names an unknown helpline, or a helpline row is malformed
     */
    public static CrisisResponse load(String location, ClassLoader loader) {
        return read(CompiledRules.readResource(loader, location + HELP_FILE),
                CompiledRules.readResource(loader, location + HELPLINES_FILE));
    }

    /** Reads the two files' text; lines starting with {@code #} are notes for editors. */
    public static CrisisResponse read(String helpText, String helplinesText) {
        Map<String, Helpline> helplines = readHelplines(helplinesText);
        Map<String, List<String>> sections = sections(helpText);
        Map<Help, HelpGiven> helps = new EnumMap<>(Help.class);
        List<Help> urgency = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            if (SPECIAL_SECTIONS.contains(section.getKey())) {
                continue;
            }
            Help help;
            try {
                help = Help.ofLabel(section.getKey());
            } catch (IllegalArgumentException e) {
                throw new RuleBaseException(HELP_FILE + ": " + e.getMessage(), e);
            }
            Map<String, String> fields = fields(section.getKey(), section.getValue(), List.of("opening", "lines", "worker"));
            helps.put(help, new HelpGiven(help, fields.get("opening"), lines(section.getKey(), fields, helplines),
                    fields.get("worker")));
            urgency.add(help);
        }
        for (Help help : Help.values()) {
            if (!helps.containsKey(help)) {
                throw new RuleBaseException(HELP_FILE + " has no section == " + help.label() + " ==");
            }
        }
        // "deaf" is optional (a test's own rule folder may leave it out); the shipped file has it.
        List<String> deaf = sections.get("deaf");
        Map<String, String> deafFields = deaf == null ? Map.of() : fields("deaf", deaf, List.of("opening", "lines", "worker"));
        return new CrisisResponse(helps, List.copyOf(urgency), helplines, text(sections, "continue"),
                text(sections, "again"), deafFields.get("opening"), deafFields.get("worker"),
                deaf == null ? List.of() : lines("deaf", deafFields, helplines),
                // Round 19: "bereaved_wish" is optional too (its lines are the suicide help's); without it the
                // suicide help's own opening is used.
                sections.containsKey(BEREAVED_WISH) ? fields(BEREAVED_WISH, sections.get(BEREAVED_WISH), List.of("opening"))
                        .get("opening") : null);
    }

    /** Sections of {@value #HELP_FILE} that are not a kind of help. */
    private static final Set<String> SPECIAL_SECTIONS = Set.of("continue", "again", "deaf", "bereaved_wish");

    /**
     * Round 19: the section of {@value #HELP_FILE} whose {@code opening:} answers a bereaved wish told with one sign
     * ({@link Concern#BEREAVED_WISH} the only suicide concern raised): warm, naming the loss, asking kindly and
     * directly about ending one's life. Its helplines are the suicide help's.
     */
    public static final String BEREAVED_WISH = "bereaved_wish";

    private static List<Helpline> lines(String section, Map<String, String> fields, Map<String, Helpline> helplines) {
        List<Helpline> lines = new ArrayList<>();
        for (String id : fields.get("lines").split("\\s+")) {
            Helpline line = helplines.get(id);
            if (line == null) {
                throw new RuleBaseException(HELP_FILE + ": section " + section + " lists helpline \"" + id
                        + "\", which is not in " + HELPLINES_FILE);
            }
            lines.add(line);
        }
        return List.copyOf(lines);
    }

    /** Every kind of help, most urgent first, in the order of {@value #HELP_FILE}. */
    public List<Help> urgency() {
        return urgency;
    }

    /** The kinds of help these concerns need, most urgent first. */
    public List<Help> helpFor(Set<Concern> kinds) {
        Set<Help> needed = EnumSet.noneOf(Help.class);
        kinds.forEach(k -> needed.add(k.help()));
        return urgency.stream().filter(needed::contains).toList();
    }

    /** The wording and helplines of one kind of help. */
    public HelpGiven help(Help help) {
        return helps.get(help);
    }

    /** Every helpline, in the order of {@value #HELPLINES_FILE}. */
    public List<Helpline> helplines() {
        return List.copyOf(helplines.values());
    }

    /** The reply to a message that raised these concerns, or an empty string when there are none. */
    public String textFor(Set<Concern> kinds) {
        return textFor(kinds, Set.of());
    }

    public String textFor(SafeguardingResult result) {
        return textFor(result.kinds());
    }

    /**
     * The reply to a message that raised these concerns when some kinds of help were already
     * given in this conversation: the opening of the most urgent new kind (or of
     * {@link Help#WORRY_OTHER} when that is among them, since the message is then about someone
     * else), every helpline of every new kind (each once, even one an earlier reply listed: the
     * person may read only this reply), and the offer to carry on. When every kind was already
     * given, a short reminder instead of the list again. Empty when there are no concerns.
     */
    public String textFor(Set<Concern> kinds, Set<Help> alreadyGiven) {
        return helpText(helpFor(kinds), alreadyGiven, false);
    }

    /**
     * The chat's reply for kinds of help named directly (an urgent answer names its help in the
     * catalogue): a new reply lists, after the kinds' helplines, the ways to reach help without a
     * voice call for everyone (round 16b: a Deaf man who said so early lost them in a later box, since
     * what he said had left the kept transcript; the doorstep tablet's urgent panel lists them for all).
     */
    public String helpText(java.util.Collection<Help> needed, Set<Help> alreadyGiven) {
        return helpText(needed, alreadyGiven, true);
    }

    /**
     * The reply for kinds of help named directly. With {@code cannotUseVoiceCalls} (the person
     * said they are deaf, hard of hearing or use BSL) a new reply also lists, after the
     * helplines, the ways to reach help without a voice call ({@code deaf} in
     * {@value #HELP_FILE}: 999 BSL, emergencySMS, Relay UK). Empty when {@code needed} is empty.
     */
    public String helpText(java.util.Collection<Help> needed, Set<Help> alreadyGiven, boolean cannotUseVoiceCalls) {
        if (needed.isEmpty()) {
            return "";
        }
        List<Help> fresh = urgency.stream().filter(h -> needed.contains(h) && !alreadyGiven.contains(h)).toList();
        if (fresh.isEmpty()) {
            return again;
        }
        Set<Helpline> lines = new LinkedHashSet<>();
        fresh.forEach(h -> lines.addAll(helps.get(h).lines()));
        // A message that raised worry about someone else is about them, not the writer: open to a
        // person looking out for someone, even when a more urgent kind (abuse, danger) leads the list.
        Help opening = fresh.contains(Help.WORRY_OTHER) ? Help.WORRY_OTHER : fresh.getFirst();
        StringBuilder text = new StringBuilder(helps.get(opening).opening());
        if (!lines.isEmpty()) {
            text.append("\n\n").append(lines.size() == 1 ? "This can help:" : "These can help:");
            lines.forEach(l -> text.append("\n- ").append(l.line()));
        }
        if (cannotUseVoiceCalls && !deafLines.isEmpty()) {
            text.append("\n\n").append(deafOpening);
            deafLines.forEach(l -> text.append("\n- ").append(l.line()));
        }
        return text.append("\n\n").append(carryOn).toString();
    }

    /**
     * The chat's reply to a message that raised these concerns, as {@link #helpText(java.util.Collection, Set)}
     * (with the ways to reach help without a voice call), except that a bereaved wish told with one sign
     * ({@link Concern#BEREAVED_WISH}, with no suicide concern graver than {@link Concern#PASSIVE}, and the suicide help the reply's opening) opens with
     * {@value #BEREAVED_WISH}'s words instead of the crisis opening (round 19). The lines are the same.
     */
    public String replyTo(Set<Concern> kinds, Set<Help> alreadyGiven) {
        String text = helpText(helpFor(kinds), alreadyGiven, true);
        if (bereavedOpening == null || !onlyABereavedWish(kinds) || alreadyGiven.contains(Help.SUICIDE_SELF_HARM)) {
            return text;
        }
        String crisisOpening = helps.get(Help.SUICIDE_SELF_HARM).opening();
        return text.startsWith(crisisOpening) ? bereavedOpening + text.substring(crisisOpening.length()) : text;
    }

    /**
     * Whether these concerns are a bereaved wish and nothing graver of the suicide kind: {@link Concern#BEREAVED_WISH}
     * with at most {@link Concern#PASSIVE} beside it (the older rules that read the same wish), never an explicit
     * wish, a method, self-harm or coded words (those keep the crisis opening).
     */
    static boolean onlyABereavedWish(Set<Concern> kinds) {
        return kinds.contains(Concern.BEREAVED_WISH) && kinds.stream().noneMatch(k -> k != Concern.BEREAVED_WISH
                && k != Concern.PASSIVE && k.help() == Help.SUICIDE_SELF_HARM);
    }

    /** The helplines of these kinds of help, each once, most urgent kind first. */
    public List<Helpline> linesFor(java.util.Collection<Help> kinds) {
        Set<Helpline> lines = new LinkedHashSet<>();
        urgency.stream().filter(kinds::contains).forEach(h -> lines.addAll(helps.get(h).lines()));
        return List.copyOf(lines);
    }

    private static Map<String, Helpline> readHelplines(String text) {
        Map<String, Helpline> lines = new LinkedHashMap<>();
        for (String raw : text.lines().toList()) {
            if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("id\t")) {
                continue;
            }
            String[] f = raw.split("\t", -1);
            if (f.length != 6 || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
                throw new RuleBaseException(HELPLINES_FILE + ": \"" + raw + "\" is not id, name, how, when, source and "
                        + "checked, tab-separated");
            }
            try {
                lines.put(f[0].strip(), new Helpline(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(),
                        f[4].strip(), LocalDate.parse(f[5].strip())));
            } catch (DateTimeParseException e) {
                throw new RuleBaseException(HELPLINES_FILE + ": " + f[0] + " was checked on \"" + f[5]
                        + "\", not a date like 2026-11-30", e);
            }
        }
        return lines;
    }

    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ") && line.endsWith(" ==")) {
                current = sections.computeIfAbsent(line.substring(3, line.length() - 3).strip(), k -> new ArrayList<>());
            } else if (current != null && !line.isBlank()) {
                current.add(line.strip());
            }
        }
        return sections;
    }

    /** The ways to reach help without a voice call, in the order of {@value #HELP_FILE}'s {@code deaf}. */
    public List<Helpline> deafLines() {
        return deafLines;
    }

    /**
     * The worker's heading for {@link #deafLines()} ({@code worker:} of {@value #HELP_FILE}'s {@code deaf}),
     * for a person who may not hear a phone call; {@code null} when the rule folder has no {@code deaf} section.
     */
    public String deafWorkerGuidance() {
        return deafWorker;
    }

    private static Map<String, String> fields(String section, List<String> lines, List<String> required) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon < 1) {
                throw new RuleBaseException(HELP_FILE + ": section " + section + " has \"" + line
                        + "\"; each line is " + String.join(", ", required.stream().map(f -> f + ":").toList()));
            }
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
        }
        for (String needed : required) {
            if (fields.getOrDefault(needed, "").isBlank()) {
                throw new RuleBaseException(HELP_FILE + ": section " + section + " has no " + needed + ":");
            }
        }
        return fields;
    }

    private static String text(Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new RuleBaseException(HELP_FILE + " has no section == " + name + " ==");
        }
        return String.join("\n", lines);
    }
}

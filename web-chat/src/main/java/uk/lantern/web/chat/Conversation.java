package uk.lantern.web.chat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * One person's chat: where it has got to, the answers so far and what was said by both sides
 * (at most {@value #MAX_MESSAGES_KEPT} messages, so a reload can show the conversation again).
 * Held in memory by the instance serving it and written through to the database after each turn
 * ({@link Snapshot}), so another instance can continue it; forgotten when it goes idle. Not thread-safe: callers hold its lock ({@code synchronized (conversation)}) while
 * using it, since a person could have the chat open twice.
 */
public final class Conversation {

    /** Most messages kept; older ones are dropped. */
    public static final int MAX_MESSAGES_KEPT = 200;

    /** Where the conversation has got to. */
    public enum Stage { PLACE, QUESTIONS, FINISHED, STOPPED }

    private Stage stage = Stage.PLACE;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Deque<String> done = new ArrayDeque<>();
    private final Deque<ChatMessage> transcript = new ArrayDeque<>();
    private String current;
    private int unclearCount;
    private boolean safeguardingFlag;
    private final java.util.Set<uk.lantern.engine.safeguarding.Help> helpGiven =
            java.util.EnumSet.noneOf(uk.lantern.engine.safeguarding.Help.class);
    private final Set<String> announcedConcerns = new LinkedHashSet<>();
    private String place;
    private int nextMessageId = 1;
    private Summary summary;
    private Instant lastActive;
    private boolean cleared;

    public Conversation(Instant now) {
        this.lastActive = now;
    }

    public Stage stage() {
        return stage;
    }

    void stage(Stage stage) {
        this.stage = stage;
    }

    /** Answers so far, as the questionnaire's validation takes them, in the order given. */
    public Map<String, Object> answers() {
        return Collections.unmodifiableMap(answers);
    }

    void answer(String questionId, Object value) {
        answers.remove(questionId);
        answers.put(questionId, value);
        skipped.remove(questionId);
        markDone(questionId);
    }

    void skip(String questionId) {
        answers.remove(questionId);
        skipped.add(questionId);
        markDone(questionId);
    }

    /**
     * Settles a question the chat answers itself (the postcode question, from the place given at the
     * start): {@code value}, or skipped when null. It is not one the person answered, so "go back"
     * passes over it (round 13, new-user trial: "go back" after the sex question went to a postcode
     * question the person was never asked).
     */
    void settleForThem(String questionId, Object value) {
        answers.remove(questionId);
        skipped.remove(questionId);
        if (value == null) {
            skipped.add(questionId);
        } else {
            answers.put(questionId, value);
        }
    }

    private void markDone(String questionId) {
        done.remove(questionId);
        done.addLast(questionId);
    }

    boolean isSettled(String questionId) {
        return answers.containsKey(questionId) || skipped.contains(questionId);
    }

    /** Forgets the answer to a question so it is asked again; returns whether there was one. */
    boolean reopen(String questionId) {
        boolean had = done.remove(questionId);
        answers.remove(questionId);
        skipped.remove(questionId);
        return had;
    }

    /** The question answered or skipped most recently, or null at the start. */
    String lastDone() {
        return done.peekLast();
    }

    /**
     * Forgets everything said and answered, place included, for "start again" and "stop". The
     * safeguarding flag stays, so "stop" can repeat the help lines; "start again" also calls
     * {@link #forgetSafeguarding}.
     */
    void forgetEverything() {
        forgetAnswers();
        place = null;
        transcript.clear();
        announcedConcerns.clear();
        stage = Stage.PLACE;
        cleared = true;
    }

    /** Whether the transcript was wiped since the last call, so the page should redraw it; clears the mark. */
    public boolean takeCleared() {
        boolean was = cleared;
        cleared = false;
        return was;
    }

    private void forgetAnswers() {
        answers.clear();
        skipped.clear();
        done.clear();
        current = null;
        unclearCount = 0;
        summary = null;
    }

    /** The question now being asked, or null. */
    public String current() {
        return current;
    }

    void current(String questionId) {
        if (questionId == null || !questionId.equals(current)) {
            unclearCount = 0;
        }
        this.current = questionId;
    }

    int unclearCount() {
        return unclearCount;
    }

    int countUnclear() {
        return ++unclearCount;
    }

    /**
     * Set once anything the person wrote raised a safeguarding concern; kept through "stop" (its
     * goodbye repeats the crisis lines) and cleared only by "start again" ({@link #forgetSafeguarding}).
     */
    public boolean safeguardingFlag() {
        return safeguardingFlag;
    }

    /**
     * Forgets the safeguarding flag and the help already given, for "start again": the person is told
     * everything was forgotten, and on a shared device the next person must not see the crisis block
     * at their closing (round 8c).
     */
    void forgetSafeguarding() {
        safeguardingFlag = false;
        helpGiven.clear();
        announcedConcerns.clear();
    }

    void raiseSafeguardingFlag() {
        safeguardingFlag = true;
    }

    /** The kinds of safeguarding help already given in this conversation, so each is given once. */
    public java.util.Set<uk.lantern.engine.safeguarding.Help> helpGiven() {
        return java.util.Collections.unmodifiableSet(helpGiven);
    }

    void giveHelp(java.util.Collection<uk.lantern.engine.safeguarding.Help> helps) {
        helpGiven.addAll(helps);
    }

    /** Marks a safeguarding concern as answered; true the first time, so it is answered once. */
    boolean announceConcern(String concernId) {
        return announcedConcerns.add(concernId);
    }

    /** The postcode or town given for local services, or null. */
    public String place() {
        return place;
    }

    void place(String place) {
        this.place = place;
    }

    public Summary summary() {
        return summary;
    }

    void summary(Summary summary) {
        this.summary = summary;
    }

    /** Records a message from Lantern and gives it its number. */
    ChatMessage say(ChatMessage.Kind kind, String text, String questionId, String help, List<QuickReply> options,
                    List<ServiceSuggestion> services, Summary summary) {
        return keep(new ChatMessage(nextMessageId++, kind, text, questionId, help, options, services, summary));
    }

    /** Puts {@code changed} in place of the newest message, which must have the same id; returns it. */
    ChatMessage replaceLast(ChatMessage changed) {
        ChatMessage last = transcript.peekLast();
        if (last == null || last.id() != changed.id()) {
            throw new IllegalStateException("Only the newest message can be changed");
        }
        transcript.removeLast();
        transcript.addLast(changed);
        return changed;
    }

    /** Records what the person said (or the label of the button they pressed), for the transcript. */
    void heard(String text) {
        keep(new ChatMessage(nextMessageId++, ChatMessage.Kind.PERSON, text, null, null, List.of(), List.of(), null));
    }

    private ChatMessage keep(ChatMessage message) {
        transcript.addLast(message);
        while (transcript.size() > MAX_MESSAGES_KEPT) {
            transcript.removeFirst();
        }
        return message;
    }

    /** The messages kept, oldest first (at most {@value #MAX_MESSAGES_KEPT}). */
    public List<ChatMessage> transcript() {
        return new ArrayList<>(transcript);
    }

    /** The last message Lantern sent, or null. */
    ChatMessage lastMessage() {
        var newestFirst = transcript.descendingIterator();
        while (newestFirst.hasNext()) {
            ChatMessage m = newestFirst.next();
            if (m.kind() != ChatMessage.Kind.PERSON) {
                return m;
            }
        }
        return null;
    }

    public Instant lastActive() {
        return lastActive;
    }

    public void touch(Instant now) {
        lastActive = now;
    }

    /**
     * Everything a conversation holds, as stored in the database between turns (JSON). Answer
     * values are what the questionnaire's validation takes: strings, numbers, booleans or lists.
     */
    record Snapshot(Stage stage, Map<String, Object> answers, List<String> skipped, List<String> done,
                    List<ChatMessage> transcript, String current, int unclearCount, boolean safeguardingFlag,
                    Set<uk.lantern.engine.safeguarding.Help> helpGiven, List<String> announcedConcerns,
                    String place, int nextMessageId, Summary summary, Instant lastActive, boolean cleared) {
    }

    /** This conversation's state, for the database. */
    Snapshot snapshot() {
        return new Snapshot(stage, new LinkedHashMap<>(answers), new ArrayList<>(skipped), new ArrayList<>(done),
                new ArrayList<>(transcript), current, unclearCount, safeguardingFlag, java.util.EnumSet.copyOf(
                helpGiven.isEmpty() ? java.util.EnumSet.noneOf(uk.lantern.engine.safeguarding.Help.class) : helpGiven),
                new ArrayList<>(announcedConcerns), place, nextMessageId, summary, lastActive, cleared);
    }

    /** The conversation a snapshot was taken of. */
    static Conversation restore(Snapshot s) {
        Conversation c = new Conversation(s.lastActive());
        c.stage = s.stage();
        c.answers.putAll(s.answers());
        c.skipped.addAll(s.skipped());
        c.done.addAll(s.done());
        c.transcript.addAll(s.transcript());
        c.current = s.current();
        c.unclearCount = s.unclearCount();
        c.safeguardingFlag = s.safeguardingFlag();
        c.helpGiven.addAll(s.helpGiven());
        c.announcedConcerns.addAll(s.announcedConcerns());
        c.place = s.place();
        c.nextMessageId = s.nextMessageId();
        c.summary = s.summary();
        c.cleared = s.cleared();
        return c;
    }
}

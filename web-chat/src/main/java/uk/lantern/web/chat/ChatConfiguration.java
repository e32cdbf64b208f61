package uk.lantern.web.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import java.util.List;

import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.web.operations.LanternMeters;

/**
 * Wires the chat: the safeguarding rules, the dialogue, the conversation store with its idle
 * sweep, and the WebSocket endpoint {@code /ws/chat}, which only browsers on the allowed origins
 * may open.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableScheduling
class ChatConfiguration implements WebSocketConfigurer {

    private final List<String> allowedOrigins;
    private final int maxFrameBytes;
    private final int burst;
    private final double perSecond;
    private final ConversationStore store;
    private final Dialogue dialogue;
    private final Timer turns;
    private final LockingTaskExecutor locks;
    /** The name of the database lock taken to delete idle conversations, so one instance does it. */
    static final String EXPIRY_LOCK = "chat-expiry";

    ChatConfiguration(
            @Value("${lantern.chat.allowed-origins:http://localhost:8080,http://127.0.0.1:8080}") List<String> allowedOrigins,
            @Value("${lantern.chat.max-frame-bytes:4096}") int maxFrameBytes,
            @Value("${lantern.chat.rate-burst:5}") int burst,
            @Value("${lantern.chat.rate-per-second:5}") double perSecond,
            @Value("${lantern.chat.idle-minutes:30}") long idleMinutes,
            @Value("${lantern.chat.max-conversations:5000}") int maxConversations,
            @Value("${lantern.chat.max-conversations-per-client:20}") int perClient,
            @Value("${lantern.chat.new-conversations-per-minute:10}") int newPerMinute,
            @Value("${lantern.chat.evictable-after-minutes:5}") long evictableAfterMinutes,
            ScreeningEngine engine, LocalServicesDirectory directory, SafeguardingCheck safeguarding,
            CrisisResponse crisis, LanternMeters meters, DataSource dataSource,
            LockingTaskExecutor locks) {
        this.locks = locks;
        this.allowedOrigins = allowedOrigins;
        this.maxFrameBytes = maxFrameBytes;
        this.burst = burst;
        this.perSecond = perSecond;
        this.store = new ConversationStore(new ConversationStore.Capacity(Duration.ofMinutes(idleMinutes),
                maxConversations, perClient, newPerMinute, Duration.ofMinutes(evictableAfterMinutes)), Clock.systemUTC(),
                new ConversationRecords(dataSource));
        this.turns = meters.chatTurns();
        this.dialogue = new Dialogue(engine, safeguarding, crisis, new AnswerInterpreter(),
                directory, idleMinutes, new ChatSignals() {
                    @Override
                    public void crisisResponse(String concern) {
                        meters.crisisResponse(concern);
                    }

                    @Override
                    public void screeningCompleted() {
                        meters.screeningCompleted(LanternMeters.Channel.CHAT);
                    }
                });
    }

    @Bean
    ConversationStore conversationStore() {
        return store;
    }

    @Bean
    Dialogue dialogue() {
        return dialogue;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new ChatSocketHandler(dialogue, store, maxFrameBytes, burst, perSecond, turns), "/ws/chat")
                .setAllowedOrigins(allowedOrigins.stream().map(String::strip).toArray(String[]::new));
    }

    /**
     * Forgets idle conversations once a minute: every instance from its memory, and one instance at
     * a time (the {@value #EXPIRY_LOCK} lock, ShedLock) from the database.
     */
    @Scheduled(fixedDelayString = "${lantern.chat.sweep-millis:60000}")
    void sweepIdleConversations() {
        store.sweep();
        locks.executeWithLock((Runnable) store::deleteIdle, new LockConfiguration(
                Instant.now(), EXPIRY_LOCK, Duration.ofMinutes(5), Duration.ofSeconds(30)));
    }
}

package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.signpost.Signpost;

/** Round 15: help a person who cannot use a voice phone can use ({@link VoicePhone}). */
class VoicePhoneTest {

    @ParameterizedTest(name = "hearing {0}, language {1}: cannot use a voice phone {2}")
    @CsvSource({"yes,yes,true", "true,true,true", "yes,no,false", "no,yes,false", "yes,,false", ",yes,false",
            "YES,Yes,true"})
    void bothHearingAndLanguageMeanNoVoicePhone(String hearing, String language, boolean cannot) {
        Map<String, Object> answers = new java.util.HashMap<>();
        if (hearing != null) {
            answers.put("hearing_loss", hearing.equals("true") ? Boolean.TRUE : hearing);
        }
        if (language != null) {
            answers.put("language_barrier", language.equals("true") ? Boolean.TRUE : language);
        }
        assertThat(VoicePhone.cannotUse(answers)).isEqualTo(cannot);
    }

    /**
     * Round 20 (g27): words that say the person cannot use a voice phone, fresh variants of personas v18's Deaf people
     * (BSL, text or video only, "phone calls are impossible"); look-alikes that do not: a partial hearing loss, hearing
     * aids, a phone mentioned for something else.
     */
    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "I'm Deaf and BSL is my first language|true",
            "yes, profoundly deaf since birth|true",
            "texts only please, I can't hear on the phone|true",
            "I can only do email or video calls|true",
            "phone calls are impossible for me|true",
            "yes. I use sign language|true",
            "email or text only|true",
            "I'm a bit deaf|false",
            "hard of hearing, I wear hearing aids|false",
            "I'm going deaf in one ear|false",
            "my daughter phones every day|false",
            "yes|false",
    })
    void wordsSayingNoVoicePhone(String words, boolean says) {
        assertThat(VoicePhone.saysNoVoicePhone(words)).isEqualTo(says);
    }

    @Test
    void noAnswersMeanAVoicePhoneIsUsable() {
        assertThat(VoicePhone.cannotUse(null)).isFalse();
        assertThat(VoicePhone.cannotUse(Map.of())).isFalse();
    }

    @Test
    void voiceOnlyLinesWithoutATextRouteAreLeftOutAndTheRestComeFirst() {
        Signpost voiceLine = signpost(Service.builder("voice", "Telephone befriending")
                .phone(new Phone("p", "0800 000 000", "voice", null)).build(), Delivery.TELEPHONE);
        Signpost textLine = signpost(Service.builder("text", "Line with a text number")
                .phone(new Phone("p", "0800 000 001", "voice", null))
                .phone(new Phone("t", "07000 000 000", "SMS", null)).build(), Delivery.TELEPHONE);
        Signpost emailLine = signpost(Service.builder("email", "Line with a contact's email")
                .contact(new Contact("c", null, null, "help@example.org", List.of())).build(), Delivery.TELEPHONE);
        Signpost visits = signpost(Service.builder("visits", "Home visits").build(), Delivery.HOME_VISIT);
        Signpost phoneOrOnline = signpost(Service.builder("online", "Phone or online").build(), Delivery.TELEPHONE,
                Delivery.ONLINE);

        List<Signpost> kept = VoicePhone.keep(List.of(voiceLine, textLine, visits, emailLine, phoneOrOnline), 5);

        assertThat(kept).extracting(s -> s.service().id()).containsExactly("visits", "online", "text", "email");
        assertThat(VoicePhone.keep(List.of(voiceLine, textLine, visits, emailLine, phoneOrOnline), 2))
                .extracting(s -> s.service().id()).containsExactly("visits", "online");
    }

    @Test
    void aVoiceOrFaxNumberIsNoTextRoute() {
        assertThat(VoicePhone.textRoute(Service.builder("a", "A").phone(new Phone("p", "1", "fax", null))
                .phone(new Phone("q", "2", null, null)).build())).isFalse();
        assertThat(VoicePhone.textRoute(Service.builder("b", "B").phone(new Phone("p", "1", " textphone ", null))
                .build())).isTrue();
        assertThat(VoicePhone.textRoute(Service.builder("c", "C").email("c@example.org").build())).isTrue();
        assertThat(VoicePhone.textRoute(Service.builder("d", "D").email(" ").build())).isFalse();
    }

    private static Signpost signpost(Service s, Delivery... ways) {
        return new Signpost(s, "why", List.of(ways), null, true, false, List.of("befriending"));
    }
}

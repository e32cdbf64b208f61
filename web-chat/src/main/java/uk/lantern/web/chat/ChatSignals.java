package uk.lantern.web.chat;

/**
 * What the dialogue tells the operations metrics as it goes: kinds of event only, never what the
 * person wrote (see {@code uk.lantern.web.operations.LanternMeters}).
 */
public interface ChatSignals {

    /** Nothing is counted: for dialogues outside the application, such as tests. */
    ChatSignals NONE = new ChatSignals() {
        @Override
        public void crisisResponse(String concern) {
        }

        @Override
        public void screeningCompleted() {
        }
    };

    /** Crisis help was written to the person; {@code concern} is a concern kind or an urgent concern's id. */
    void crisisResponse(String concern);

    /** A screening reached its summary. */
    void screeningCompleted();
}

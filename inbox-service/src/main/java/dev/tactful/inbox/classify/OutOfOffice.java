package dev.tactful.inbox.classify;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Out-of-office answers in English, German, French and Spanish. A subject phrase is enough; a body phrase counts
 * only in a message the headers already mark as automatic, so a person who writes "I'll be out of the office next
 * week" in a real answer is still heard as a reply.
 */
final class OutOfOffice {

    /** Phrases of subjects that autoresponders write (accents removed, lower case). */
    private static final List<String> SUBJECT = List.of(
            "out of office", "out of the office", "automatic reply", "auto reply", "auto-reply", "autoreply",
            "away from the office", "on vacation", "on holiday", "on leave",
            "abwesenheitsnotiz", "abwesenheit", "automatische antwort", "nicht im buro", "nicht im buero",
            "reponse automatique", "absence du bureau", "absent du bureau", "absente du bureau",
            "respuesta automatica", "fuera de la oficina", "fuera de oficina", "ausente");

    /** Phrases of bodies (checked in automatic messages only). */
    private static final List<String> BODY = List.of(
            "out of office", "out of the office", "away until", "back on", "back in the office", "i am away",
            "i'm away", "currently away", "on vacation", "on holiday", "on annual leave", "limited access to email",
            "nicht im buro", "nicht im buero", "abwesend", "zuruck am", "wieder im buro", "im urlaub",
            "je suis absent", "je suis absente", "de retour le", "en conges", "en vacances",
            "estoy fuera", "de vacaciones", "estare ausente", "regreso el", "estoy ausente");

    private OutOfOffice() {
    }

    static Optional<String> bySubject(String subject) {
        return find(SUBJECT, subject).map(p -> "subject says \"" + p + "\"");
    }

    static Optional<String> byBody(String text) {
        return find(BODY, text).map(p -> "automatic message saying \"" + p + "\"");
    }

    private static Optional<String> find(List<String> phrases, String text) {
        String plain = normalise(text);
        return phrases.stream().filter(plain::contains).findFirst();
    }

    /** Lower case, accents removed, runs of white space as one space: "Zurück  am" becomes "zuruck am". */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('\u2019', '\'').toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}

package dev.tactful.webapp.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import dev.tactful.infra.TactfulInfra;

/** Sign-in mails as GreenMail received them. */
final class SignInMail {

    static final Pattern LINK = Pattern.compile("(http://\\S+/sign-in/link\\?token=\\S+)");

    private SignInMail() {
    }

    static List<MimeMessage> to(String address) {
        return TactfulInfra.get().receivedMessages().stream().filter(m -> addressedTo(m, address)).toList();
    }

    /** The link of the newest of at least {@code count} mails to the address. */
    static String awaitLink(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        List<MimeMessage> mails = to(address);
        return link(mails.get(mails.size() - 1)).orElseThrow();
    }

    static Optional<String> link(MimeMessage m) {
        try {
            Matcher matcher = LINK.matcher(m.getContent().toString());
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            var to = m.getRecipients(Message.RecipientType.TO);
            if (to == null) {
                return false;
            }
            for (var a : to) {
                if (a.toString().contains(address)) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

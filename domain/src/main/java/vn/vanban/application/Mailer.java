package vn.vanban.application;

import java.util.List;

/** Sends plain-text mail; where no mail server is configured, it only records what it would have sent. */
public interface Mailer {

    /** One message to each recipient separately, so nobody sees who else received it. */
    void send(List<String> recipients, String subject, String text);
}

package vn.vanban.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a notice mails its audience, through a real SMTP server (GreenMail) that the test server is configured
 * to use: each member of the addressed committee gets one message, in Vietnamese, with the link to the document.
 */
class PublicationMailIT extends DeployedPortal {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("vanban.it.smtpPort", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private long userId(String username) {
        return as("admin").get("api/admin/users?first=0&max=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getInt("id");
    }

    @Test
    void publishingANoticeMailsEachMemberOfItsAudienceOnce() throws Exception {
        var admin = as("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long issuer = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THƯ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"T%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(suffix)).json().getInt("id");
        long committee = admin.post("api/admin/committees", """
                {"name":"Tổ công tác thư %s","description":"","issuerId":%d}""".formatted(suffix, issuer)).json().getInt("id");
        for (String member : List.of("hung.tv", "lan.nt", "son.bd")) {
            admin.post("api/admin/committees/" + committee + "/members", """
                    {"userId":%d,"positionTitle":"Thành viên","role":"MEMBER"}""".formatted(userId(member)));
        }
        var secretariat = as("vanthu");
        String summary = "Triệu tập giao ban " + suffix;
        long id = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"<p>Kính mời</p>","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN","audience":"COMMITTEES","committeeIds":[%d]}"""
                .formatted(issuer, summary, userId("hung.tv"), committee)).json().getInt("id");
        secretariat.post("api/documents/" + id + "/submit", "{}");
        as("hung.tv").post("api/documents/" + id + "/approve", "{}");
        String number = secretariat.post("api/documents/" + id + "/issue", "{}").json().getString("number");
        as("hung.tv").post("api/documents/" + id + "/sign", "");
        assertThat(secretariat.post("api/documents/" + id + "/publish", "").json().getString("status")).isEqualTo("PUBLISHED");

        assertThat(smtp.waitForIncomingEmail(15_000, 3)).isTrue();
        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(summary)).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("hung.tv@longbien.example.vn", "lan.nt@longbien.example.vn",
                        "son.bd@longbien.example.vn");
        MimeMessage first = mine.get(0);
        assertThat(subject(first)).isEqualTo("[Văn bản mới] Thông báo " + number + ": " + summary);
        assertThat((String) first.getContent()).contains("BAN CHỈ ĐẠO THƯ đã phát hành thông báo " + number)
                .contains("member/document.xhtml?id=" + id);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

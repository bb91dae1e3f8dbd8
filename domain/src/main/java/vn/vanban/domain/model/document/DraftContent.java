package vn.vanban.domain.model.document;

import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.organisation.Committee;

import java.util.Set;

/**
 * What the secretariat writes into a draft: summary line (trích yếu), rich-text body, the signer with the signing
 * capacity and position printed above the name, the recipients (Nơi nhận) and who may read it once published.
 */
public record DraftContent(String summary, String body, UserAccount signer, String signingCapacity,
                           String signerPosition, String recipients, Audience audience, Set<Committee> committees) {
}

package vn.vanban.domain.model.incoming;

import java.util.Set;

/**
 * Who is asking to read incoming documents, as much as the rule needs: the person, whether they are staff or the
 * secretariat, and the receiving bodies on whose committees they sit as a signer. Made once per request, so that a
 * search deciding over hundreds of documents asks the database about the person once, not once per document.
 *
 * @param username    the person
 * @param staff       secretariat, signer or administrator
 * @param secretariat the secretariat, which reads every incoming document
 * @param signerFor   ids of the receiving bodies whose confidential documents the person reads as a signer
 */
public record IncomingReader(String username, boolean staff, boolean secretariat, Set<Long> signerFor) {

    public IncomingReader {
        signerFor = Set.copyOf(signerFor);
    }

    /**
     * Those it is assigned to read a document; staff, when it is not confidential; a confidential one (mật, tối
     * mật, tuyệt mật) only the secretariat and the signers who sit on a committee of the receiving body. The cheap
     * answers come first: whether the document is assigned to the person needs its assistants.
     */
    public boolean mayRead(IncomingDocument document) {
        boolean confidential = document.getConfidentiality() != Confidentiality.NONE;
        if (secretariat || staff && !confidential) {
            return true;
        }
        if (document.isAssignedTo(username)) {
            return true;
        }
        Long body = document.getReceivingBody() == null ? null : document.getReceivingBody().getId();
        return confidential && body != null && signerFor.contains(body);
    }
}

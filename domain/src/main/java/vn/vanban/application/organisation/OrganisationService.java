package vn.vanban.application.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.IssuerRepository;
import vn.vanban.domain.model.organisation.IssuerSymbol;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Issuers and committees with their members, as the administrator keeps them. */
@Stateless
public class OrganisationService {

    @Inject
    private IssuerRepository issuers;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private DocumentRepository documents;

    @Inject
    private AuditTrail audit;

    public Issuer createIssuer(IssuerDetails details) {
        requireFreeSymbol(details.symbol(), null);
        Issuer issuer = new Issuer(details);
        issuers.add(issuer);
        return issuer;
    }

    public Issuer updateIssuer(long id, IssuerDetails details) {
        Issuer issuer = getIssuer(id);
        requireFreeSymbol(details.symbol(), id);
        issuer.apply(details);
        return issuer;
    }

    /**
     * Chooses the document types an issuer's secretariat may draft; documents already drafted or issued keep
     * their type.
     */
    public Issuer chooseDocumentTypes(long id, Collection<String> typeCodes) {
        Issuer issuer = getIssuer(id);
        List<String> known = documents.types().stream().map(DocumentType::getCode).toList();
        issuer.chooseTypes(typeCodes == null ? List.of() : typeCodes, known);
        audit.record(AuditAction.ISSUER_TYPES_CHOSEN, AuditTrail.issuer(id),
                known.stream().filter(issuer::usesType).collect(Collectors.joining(", ")));
        return issuer;
    }

    public Issuer getIssuer(long id) {
        return issuers.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.ISSUER_NOT_FOUND));
    }

    public List<Issuer> issuers() {
        return issuers.all();
    }

    public Committee createCommittee(String name, String description, Long issuerId) {
        Committee committee = new Committee(name, description, issuerId == null ? null : getIssuer(issuerId));
        committees.add(committee);
        return committee;
    }

    public Committee updateCommittee(long id, String name, String description, Long issuerId) {
        Committee committee = getCommittee(id);
        committee.rename(name, description, issuerId == null ? null : getIssuer(issuerId));
        return committee;
    }

    public Membership addMember(long committeeId, long userId, String positionTitle, CommitteeRole role) {
        Committee committee = getCommittee(committeeId);
        var person = accounts.find(userId).orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND));
        return committee.addMember(person, positionTitle, role);
    }

    public Committee changeMember(long committeeId, long membershipId, String positionTitle, CommitteeRole role) {
        Committee committee = getCommittee(committeeId);
        committee.changeMember(membershipId, positionTitle, role);
        return committee;
    }

    public Committee removeMember(long committeeId, long membershipId) {
        Committee committee = getCommittee(committeeId);
        committee.removeMember(membershipId);
        return committee;
    }

    public Committee getCommittee(long id) {
        return committees.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.COMMITTEE_NOT_FOUND));
    }

    public List<Committee> committees() {
        return committees.all();
    }

    public List<Membership> membershipsOf(String username) {
        return committees.membershipsOf(username);
    }

    public long issuerCount() {
        return issuers.count();
    }

    public long committeeCount() {
        return committees.count();
    }

    private void requireFreeSymbol(String rawSymbol, Long exceptIssuerId) {
        String symbol = IssuerSymbol.of(rawSymbol);
        issuers.findBySymbol(symbol)
                .filter(other -> !other.getId().equals(exceptIssuerId))
                .ifPresent(other -> {
                    throw new DomainException(ErrorCode.SYMBOL_TAKEN, "symbol");
                });
    }
}

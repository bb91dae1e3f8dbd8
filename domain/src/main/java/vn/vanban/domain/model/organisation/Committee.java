package vn.vanban.domain.model.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A committee or steering committee and the people on it. Guarantees: a person sits on a committee at most once,
 * and every member has a printed position.
 */
@Entity
@Table(name = "committee")
@NamedQuery(name = Committee.ALL, query = "SELECT c FROM Committee c ORDER BY c.name")
@NamedQuery(name = Committee.COUNT, query = "SELECT COUNT(c) FROM Committee c")
public class Committee extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 2000;

    public static final String ALL = "Committee.all";
    public static final String COUNT = "Committee.count";

    @Id
    @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
    private Long id;

    @NotNull
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Membership> members = new ArrayList<>();

    protected Committee() {
    }

    public Committee(String name, String description, Issuer issuer) {
        rename(name, description, issuer);
    }

    public final void rename(String newName, String newDescription, Issuer newIssuer) {
        this.name = Texts.required(newName, NAME_LENGTH, ErrorCode.NAME_REQUIRED, "name");
        this.description = Texts.optional(newDescription, DESCRIPTION_LENGTH, "description");
        this.issuer = newIssuer;
    }

    public Membership addMember(UserAccount person, String positionTitle, CommitteeRole role) {
        boolean alreadyThere = members.stream().anyMatch(m -> m.getPerson().equals(person));
        if (alreadyThere) {
            throw new DomainException(ErrorCode.ALREADY_A_MEMBER, "person");
        }
        int nextOrder = members.stream().mapToInt(Membership::getSortOrder).max().orElse(0) + 1;
        Membership membership = new Membership(this, person, positionTitle, role, nextOrder);
        members.add(membership);
        return membership;
    }

    public void changeMember(long membershipId, String positionTitle, CommitteeRole role) {
        member(membershipId).change(positionTitle, role);
    }

    public void removeMember(long membershipId) {
        members.remove(member(membershipId));
    }

    private Membership member(long membershipId) {
        return members.stream()
                .filter(m -> m.getId() != null && m.getId() == membershipId)
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.MEMBER_NOT_FOUND, "member"));
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public List<Membership> getMembers() {
        return Collections.unmodifiableList(members);
    }
}

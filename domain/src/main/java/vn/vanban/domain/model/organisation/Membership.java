package vn.vanban.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.util.Objects;

/** One person's seat on a committee: the position they hold (as printed) and their role in the committee. */
@Entity
@Table(name = "committee_member")
@NamedQuery(name = Membership.OF_USER, query = "SELECT m FROM Membership m WHERE m.person.username = :username "
        + "ORDER BY m.committee.name")
public class Membership implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int POSITION_TITLE_LENGTH = 300;

    private static final long serialVersionUID = 1L;

    public static final String OF_USER = "Membership.ofUser";

    @Id
    @SequenceGenerator(name = "committee_member_seq", sequenceName = "committee_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_member_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount person;

    @NotNull
    @Size(max = POSITION_TITLE_LENGTH)
    @Column(name = "position_title", nullable = false, length = POSITION_TITLE_LENGTH)
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_role", nullable = false, length = 32)
    private CommitteeRole role;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Membership() {
    }

    Membership(Committee committee, UserAccount person, String positionTitle, CommitteeRole role, int sortOrder) {
        this.committee = Objects.requireNonNull(committee);
        this.person = Objects.requireNonNull(person);
        this.sortOrder = sortOrder;
        change(positionTitle, role);
    }

    final void change(String newPositionTitle, CommitteeRole newRole) {
        this.positionTitle = Texts.required(newPositionTitle, POSITION_TITLE_LENGTH, ErrorCode.POSITION_REQUIRED,
                "positionTitle");
        this.role = Objects.requireNonNullElse(newRole, CommitteeRole.MEMBER);
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public UserAccount getPerson() {
        return person;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public CommitteeRole getRole() {
        return role;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package vn.vanban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.util.List;

/** Committees and their members ({@code admin/committees.xhtml}). */
@Named
@ViewScoped
public class CommitteesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COMMITTEE_FORM = "committeeForm";
    static final String MEMBER_FORM = "memberForm";

    @Inject
    private OrganisationService organisation;

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    /*
     * Committees have lazy collections, which a committee read back on another instance of the group could not load:
     * they do not move with the view (transient), the open one is kept as its id, and both are reloaded on first use
     * after a move.
     */
    private transient List<Committee> committees;
    private List<Issuer> issuers;
    private Long selectedId;
    private transient Committee selected;
    private String requestedId;

    private Long editingId;
    private String name;
    private String description;
    private Long issuerId;

    private Long membershipId;
    private UserAccount person;
    private String positionTitle;
    private CommitteeRole role;

    @PostConstruct
    void load() {
        committees = organisation.committees();
        issuers = organisation.issuers();
        if (selectedId != null) {
            selected = organisation.getCommittee(selectedId);
        } else if (!committees.isEmpty()) {
            selected = committees.get(0);
            selectedId = selected.getId();
        }
    }

    /** {@code ?id=} opens that committee's members; anything but the id of a listed one leaves the first open. */
    public void openRequested() {
        getCommittees().stream().filter(c -> c.getId().toString().equals(requestedId)).findFirst()
                .ifPresent(this::select);
    }

    public String getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(String requestedId) {
        this.requestedId = requestedId;
    }

    public void select(Committee committee) {
        selected = organisation.getCommittee(committee.getId());
        selectedId = selected.getId();
    }

    public void startCreate() {
        editingId = null;
        name = null;
        description = null;
        issuerId = null;
    }

    public void startEdit(Committee committee) {
        editingId = committee.getId();
        name = committee.getName();
        description = committee.getDescription();
        issuerId = committee.getIssuer() == null ? null : committee.getIssuer().getId();
    }

    public void save() {
        boolean creating = editingId == null;
        if (feedback.attempt(() -> {
            Committee saved = creating
                    ? organisation.createCommittee(name, description, issuerId)
                    : organisation.updateCommittee(editingId, name, description, issuerId);
            selectedId = saved.getId();
        }, COMMITTEE_FORM)) {
            feedback.info(creating ? "admin_committees.message.created" : "admin_committees.message.saved");
            load();
        }
    }

    public void startAddMember() {
        membershipId = null;
        person = null;
        positionTitle = null;
        role = CommitteeRole.MEMBER;
    }

    public void startEditMember(Membership membership) {
        membershipId = membership.getId();
        person = membership.getPerson();
        positionTitle = membership.getPositionTitle();
        role = membership.getRole();
    }

    public void saveMember() {
        boolean adding = membershipId == null;
        if (adding && person == null) {
            feedback.show(new DomainException(ErrorCode.USER_NOT_FOUND, "person"), MEMBER_FORM);
            return;
        }
        if (feedback.attempt(() -> {
            if (adding) {
                organisation.addMember(selectedId, person.getId(), positionTitle, role);
            } else {
                organisation.changeMember(selectedId, membershipId, positionTitle, role);
            }
        }, MEMBER_FORM)) {
            feedback.info("admin_committees.message.memberSaved");
            load();
        }
    }

    public void removeMember(Membership membership) {
        if (feedback.attempt(() -> organisation.removeMember(selectedId, membership.getId()), MEMBER_FORM)) {
            feedback.info("admin_committees.message.memberRemoved");
            load();
        }
    }

    public List<UserAccount> completePerson(String query) {
        return accounts.search(query, 15);
    }

    public CommitteeRole[] getRoles() {
        return CommitteeRole.values();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public boolean isAddingMember() {
        return membershipId == null;
    }

    public List<Committee> getCommittees() {
        if (committees == null) {
            committees = organisation.committees();
        }
        return committees;
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public Committee getSelected() {
        if (selected == null && selectedId != null) {
            selected = organisation.getCommittee(selectedId);
        }
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public UserAccount getPerson() {
        return person;
    }

    public void setPerson(UserAccount person) {
        this.person = person;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public CommitteeRole getRole() {
        return role;
    }

    public void setRole(CommitteeRole role) {
        this.role = role;
    }
}

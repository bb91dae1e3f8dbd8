package vn.vanban.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The phiếu giải quyết on {@code member/incoming.xhtml} ({@code WEB-INF/includes/member/incoming/routing.xhtml}),
 * which a signer of the receiving committee fills in: lead, assisting people and units, instruction, deadline;
 * started from the instruction and deadline already given.
 */
@Named
@ViewScoped
public class IncomingRoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A person the document can be assigned to, as the lists show them. */
    public record Person(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private IncomingService incoming;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private List<Person> handlers = List.of();
    private Long leadUserId;
    private List<Long> assistingUserIds = new ArrayList<>();
    private String assistingUnits;
    private String instruction;
    private LocalDate deadline;

    @PostConstruct
    void init() {
        IncomingDocument document = page.getDocument();
        if (document != null && incoming.mayRoute(actor, document)) {
            handlers = incoming.possibleHandlers(actor, document.getId()).stream()
                    .map(person -> new Person(person.getId(), person.getDisplayName())).toList();
            deadline = document.getDeadline();
            instruction = document.getInstruction();
        }
    }

    /** Refused with a message and nothing stored when a person or the deadline is wrong. */
    public void route() {
        if (feedback.attempt(() -> page.show(incoming.route(actor, page.getId(), leadUserId, assistingUserIds,
                assistingUnits, instruction, deadline)), "routeForm")) {
            feedback.info("member_incoming.message.routed", page.getDocument().getLeadName());
        }
    }

    public boolean isMayRoute() {
        return incoming.mayRoute(actor, page.getDocument());
    }

    public List<Person> getHandlers() {
        return handlers;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public void setLeadUserId(Long leadUserId) {
        this.leadUserId = leadUserId;
    }

    public List<Long> getAssistingUserIds() {
        return assistingUserIds;
    }

    public void setAssistingUserIds(List<Long> assistingUserIds) {
        this.assistingUserIds = assistingUserIds == null ? new ArrayList<>() : new ArrayList<>(assistingUserIds);
    }

    public String getAssistingUnits() {
        return assistingUnits;
    }

    public void setAssistingUnits(String assistingUnits) {
        this.assistingUnits = assistingUnits;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}

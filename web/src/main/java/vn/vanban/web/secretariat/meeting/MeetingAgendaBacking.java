package vn.vanban.web.secretariat.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Meeting;

import java.util.List;

/** The agenda tab of the meeting page: the items in their order, each about a document or the review of tasks. */
@Named
@ViewScoped
public class MeetingAgendaBacking extends MeetingPartSection<AgendaItem, AgendaItemDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected List<AgendaItem> parts(Meeting meeting) {
        return meeting.getAgenda();
    }

    @Override
    protected AgendaItemDraft blank() {
        return new AgendaItemDraft();
    }

    @Override
    protected AgendaItemDraft draftOf(AgendaItem item) {
        return AgendaItemDraft.of(item);
    }

    @Override
    protected void addPart(long meetingId, AgendaItemDraft item) {
        meetings().addAgendaItem(actor(), meetingId, item.getTitle(), item.getDocumentId(), item.getIncomingId(),
                item.isTaskReview());
    }

    @Override
    protected void changePart(long meetingId, long itemId, AgendaItemDraft item) {
        meetings().changeAgendaItem(actor(), meetingId, itemId, item.getTitle(), item.getDocumentId(),
                item.getIncomingId(), item.isTaskReview());
    }

    @Override
    protected void removePart(long meetingId, long itemId) {
        meetings().removeAgendaItem(actor(), meetingId, itemId);
    }

    @Override
    protected void reorderParts(long meetingId, List<Long> order) {
        meetings().reorderAgenda(actor(), meetingId, order);
    }
}

package vn.vanban.web.secretariat.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;

import java.util.List;

/** The conclusions tab of the meeting page: the chair's numbered conclusions, each naming what it acts on. */
@Named
@ViewScoped
public class MeetingConclusionsBacking extends MeetingPartSection<Conclusion, ConclusionDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected List<Conclusion> parts(Meeting meeting) {
        return meeting.getConclusions();
    }

    @Override
    protected ConclusionDraft blank() {
        return new ConclusionDraft();
    }

    @Override
    protected ConclusionDraft draftOf(Conclusion conclusion) {
        return ConclusionDraft.of(conclusion);
    }

    @Override
    protected void addPart(long meetingId, ConclusionDraft conclusion) {
        meetings().addConclusion(actor(), meetingId, conclusion.getText(), conclusion.getIncomingId());
    }

    @Override
    protected void changePart(long meetingId, long conclusionId, ConclusionDraft conclusion) {
        meetings().changeConclusion(actor(), meetingId, conclusionId, conclusion.getText(),
                conclusion.getIncomingId());
    }

    @Override
    protected void removePart(long meetingId, long conclusionId) {
        meetings().removeConclusion(actor(), meetingId, conclusionId);
    }

    @Override
    protected void reorderParts(long meetingId, List<Long> order) {
        meetings().reorderConclusions(actor(), meetingId, order);
    }
}

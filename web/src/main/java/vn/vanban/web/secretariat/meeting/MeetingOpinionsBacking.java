package vn.vanban.web.secretariat.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.Opinion;

import java.util.List;

/** The opinions tab of the meeting page: who said what, in the order they spoke. */
@Named
@ViewScoped
public class MeetingOpinionsBacking extends MeetingPartSection<Opinion, OpinionDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected List<Opinion> parts(Meeting meeting) {
        return meeting.getOpinions();
    }

    @Override
    protected OpinionDraft blank() {
        return new OpinionDraft();
    }

    @Override
    protected OpinionDraft draftOf(Opinion opinion) {
        return OpinionDraft.of(opinion);
    }

    @Override
    protected void addPart(long meetingId, OpinionDraft opinion) {
        meetings().addOpinion(actor(), meetingId, opinion.getSpeaker(), opinion.getSpeakerTitle(),
                opinion.getSummary());
    }

    @Override
    protected void changePart(long meetingId, long opinionId, OpinionDraft opinion) {
        meetings().changeOpinion(actor(), meetingId, opinionId, opinion.getSpeaker(), opinion.getSpeakerTitle(),
                opinion.getSummary());
    }

    @Override
    protected void removePart(long meetingId, long opinionId) {
        meetings().removeOpinion(actor(), meetingId, opinionId);
    }

    @Override
    protected void reorderParts(long meetingId, List<Long> order) {
        meetings().reorderOpinions(actor(), meetingId, order);
    }
}

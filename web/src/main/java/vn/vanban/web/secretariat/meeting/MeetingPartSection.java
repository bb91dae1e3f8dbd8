package vn.vanban.web.secretariat.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingPart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A section of the meeting page listing one kind of the meeting's parts (agenda items, opinions, conclusions), edited
 * alike: a form for the next part, each part's fields as the secretariat edits them in its row, and each part moved
 * up or down or removed. What was typed is kept in drafts ({@code D}); the parts themselves come from the record,
 * after every change freshly loaded.
 *
 * @param <P> the part
 * @param <D> what the secretariat types for a part: the next one's fields, or a listed one's
 */
public abstract class MeetingPartSection<P extends MeetingPart, D extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingService meetings;

    @Inject
    private Actor actor;

    private D draft;
    private final Map<Long, D> rows = new HashMap<>();

    /** The meeting's parts of this kind, in their order. */
    protected abstract List<P> parts(Meeting meeting);

    /** The fields of a new part, empty. */
    protected abstract D blank();

    /** The fields of {@code part} as it is now. */
    protected abstract D draftOf(P part);

    protected abstract void addPart(long meetingId, D draft);

    protected abstract void changePart(long meetingId, long partId, D row);

    protected abstract void removePart(long meetingId, long partId);

    protected abstract void reorderParts(long meetingId, List<Long> order);

    protected MeetingService meetings() {
        return meetings;
    }

    protected Actor actor() {
        return actor;
    }

    @PostConstruct
    void fill() {
        draft = blank();
        fillRows(record.getMeeting());
    }

    void refill(@Observes(notifyObserver = Reception.IF_EXISTS) MeetingReloaded reloaded) {
        fillRows(reloaded.meeting());
    }

    private void fillRows(Meeting meeting) {
        rows.clear();
        if (meeting != null) {
            parts(meeting).forEach(part -> rows.put(part.getId(), draftOf(part)));
        }
    }

    /** Adds the part drafted in the form, which then empties for the next one. */
    public void add() {
        if (record.step(() -> addPart(record.getId(), draft), "secretariat_meeting.message.added")) {
            draft = blank();
        }
    }

    /** Saves what was typed in the part's row. */
    public void save(long partId) {
        record.step(() -> changePart(record.getId(), partId, rows.get(partId)),
                "secretariat_meeting.message.saved");
    }

    /** Moves the part {@code by} places: −1 up, +1 down. */
    public void move(long partId, int by) {
        List<Long> order = moved(parts(record.getMeeting()).stream().map(MeetingPart::getId).toList(), partId, by);
        record.step(() -> reorderParts(record.getId(), order), "secretariat_meeting.message.reordered");
    }

    public void remove(long partId) {
        record.step(() -> removePart(record.getId(), partId), "secretariat_meeting.message.removed");
    }

    /** The ids in their current order with {@code partId} moved {@code by} places; unchanged past either end. */
    static List<Long> moved(List<Long> order, long partId, int by) {
        List<Long> ids = new ArrayList<>(order);
        int from = ids.indexOf(partId);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < ids.size()) {
            Collections.swap(ids, from, to);
        }
        return ids;
    }

    /** The fields of the next part, as the form binds them. */
    public D getDraft() {
        return draft;
    }

    /**
     * Each listed part's fields by its id, as its row binds them. A part the record shows without a row yet (the
     * record was loaded again after the view moved to another instance) gets one as it is now.
     */
    public Map<Long, D> getRows() {
        Meeting meeting = record.getMeeting();
        if (meeting != null) {
            parts(meeting).forEach(part -> rows.computeIfAbsent(part.getId(), id -> draftOf(part)));
        }
        return rows;
    }
}

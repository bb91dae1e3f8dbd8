package vn.vanban.application.incoming;

import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.task.Task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What refers to an incoming document: the outgoing documents that answer it, the agenda items and conclusions of
 * meetings that name it, and the tasks those conclusions gave.
 */
public record IncomingReferences(List<Document> answers, List<AgendaItem> agendaItems, List<Conclusion> conclusions,
                                 List<Task> tasks) {

    /** The meetings that discussed or concluded on it, each once, latest first. */
    public List<Meeting> meetings() {
        Set<Meeting> meetings = new LinkedHashSet<>();
        Stream.concat(agendaItems.stream().map(AgendaItem::getMeeting), conclusions.stream().map(Conclusion::getMeeting))
                .forEach(meetings::add);
        return List.copyOf(meetings);
    }
}

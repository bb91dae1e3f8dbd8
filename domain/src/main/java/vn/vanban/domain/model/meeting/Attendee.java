package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.vanban.domain.model.account.UserAccount;

import java.io.Serializable;

/** A person invited to a meeting: a member of the portal or a guest known only by name and title. */
@Entity
@Table(name = "meeting_attendee")
public class Attendee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "meeting_item_seq", sequenceName = "meeting_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "title", length = 300)
    private String title;

    @Column(name = "guest", nullable = false)
    private boolean guest;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, length = 16)
    private Attendance attendance;

    @Column(name = "reason", length = 500)
    private String reason;

    protected Attendee() {
    }

    Attendee(Meeting meeting, int sortOrder, UserAccount person, String name, String title, boolean guest) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        this.person = person;
        this.name = name;
        this.title = title;
        this.guest = guest;
        this.attendance = Attendance.PRESENT;
    }

    void record(Attendance attendance, String reason) {
        this.attendance = attendance;
        this.reason = reason;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getPerson() {
        return person;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public boolean isGuest() {
        return guest;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getReason() {
        return reason;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package vn.vanban.domain.model.organisation;

/** The part a member plays in a committee; decides default signing capacity and order of listing. */
public enum CommitteeRole {
    /** Trưởng ban. */
    HEAD,
    /** Phó Trưởng ban. */
    DEPUTY,
    /** Thành viên. */
    MEMBER,
    /** Cơ quan thường trực / thư ký: prepares meetings and documents. */
    STANDING
}

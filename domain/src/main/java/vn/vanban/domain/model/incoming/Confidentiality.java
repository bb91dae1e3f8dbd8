package vn.vanban.domain.model.incoming;

/** Độ mật of a document: không mật, mật, tối mật, tuyệt mật. */
public enum Confidentiality {
    NONE,
    CONFIDENTIAL,
    SECRET,
    TOP_SECRET
}

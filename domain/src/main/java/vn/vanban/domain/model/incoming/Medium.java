package vn.vanban.domain.model.incoming;

/** How a document arrived: on paper or electronically. Both share one sequence of số đến. */
public enum Medium {
    PAPER,
    ELECTRONIC
}

package vn.vanban.web.api;

/**
 * The body of every error answer of the API: a stable {@code code} for programs, a {@code message} for people (in
 * the language the client asked for, Vietnamese by default), and the input {@code field} at fault when there is one.
 */
public record ApiError(String code, String message, String field) {
}

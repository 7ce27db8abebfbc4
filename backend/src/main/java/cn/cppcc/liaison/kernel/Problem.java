package cn.cppcc.liaison.kernel;

import java.util.List;

/** An error as RFC 9457 problem details, with the fields a form can point at. */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<Reference> references,
        List<RowError> rows,
        List<Allowed> allowed) {

    /** The contract's bounds: a detail of at most 4,000 characters and no more than 1,000 field errors. */
    public Problem {
        detail = Text.bounded(detail);
        if (errors != null && errors.size() > 1000) {
            errors = errors.subList(0, 1000);
        }
    }

    /** One offending input: a JSON field, a query parameter or a header. */
    public record FieldError(String field, String message) {

        public FieldError {
            field = field == null ? null : Text.abbreviate(field, 199);
            message = message == null ? null : Text.abbreviate(message, 999);
        }
    }

    /** One error in one row of an uploaded file; {@code row} is the row number a person sees in Excel. */
    public record RowError(int row, String column, String message) {
    }

    /** An action that the record's state does allow now, offered when the one asked for is not. */
    public record Allowed(String action, String to, String label) {
    }

    /** Records that still refer to the one a client tried to delete. */
    public record Reference(String resource, String label, long count) {
    }
}

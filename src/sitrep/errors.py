"""Every error and warning sitrep shows a user, each with a short stable code.

Library code raises these; only the shells (CLI, API) print them or turn them into exit codes
and HTTP statuses. See docs/errors.md.
"""

from __future__ import annotations

# Exit codes of the `sitrep` command (documented in docs/errors.md).
EXIT_OK = 0
EXIT_REJECTED = 1  # the command ran, but some inputs were rejected
EXIT_USAGE = 2  # bad command line (typer/click's own code)
EXIT_STORE = 3  # the database could not be opened, read or written
EXIT_CONFIG = 4  # bad configuration or dictionaries
EXIT_NOT_FOUND = 5  # a named thing (file, article, event) does not exist
EXIT_INTERNAL = 70  # a bug: please report it

# code -> message template. One place for every user-facing message.
MESSAGES: dict[str, str] = {
    # bad input (E1xx)
    "E101": "not found",
    "E102": "empty input",
    "E103": "binary file, not text",
    "E104": "cannot decode text (not UTF-8, UTF-16 or Latin-1)",
    "E105": "file is larger than the size limit ({limit} bytes)",
    "E106": "malformed JSON: {detail}",
    "E107": "malformed CSV: {detail}",
    "E108": "malformed feed: {detail}",
    "E109": "malformed HTML: {detail}",
    "E110": "unparseable date {value!r}",
    "E111": "record has no text",
    "E112": "unknown format {value!r} (choose from {choices})",
    "E113": "not a file or folder",
    "E114": "no articles found in the input",
    "E115": "cannot read: {detail}",
    # config (E2xx)
    "E201": "bad configuration: {detail}",
    "E202": "bad data file: {detail}",
    "E203": "dictionary folder has no usable dictionary files",
    # store (E3xx)
    "E301": "cannot open the database: {detail}",
    "E302": "database write failed, nothing was changed: {detail}",
    "E303": "database schema version {found} is newer than this sitrep understands ({known})",
    # not found (E4xx)
    "E401": "no such {kind}: {value}",
    # briefs (E6xx, issue 5)
    "E601": "the writer endpoint failed: {detail}",
    "E602": "the writer returned no usable text: {detail}",
    # warnings (W1xx)
    "W101": "skipped as a duplicate of article {article_id}",
}


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    exit_code = EXIT_INTERNAL
    http_status = 500

    def __init__(self, code: str, *, input: str | None = None, **params: object) -> None:
        self.code = code
        self.input = input
        self.params = params
        template = MESSAGES.get(code, code)
        try:
            self.reason = template.format(**params)
        except (KeyError, IndexError, ValueError):
            self.reason = template
        super().__init__(self.line())

    def line(self) -> str:
        """The one line shown to a user: `INPUT: reason [CODE]`."""
        where = f"{self.input}: " if self.input else ""
        return f"{where}{self.reason} [{self.code}]"

    def as_dict(self) -> dict:
        return {"code": self.code, "input": self.input, "message": self.reason}


class BadInput(SitrepError):
    """An input (file, record, option value) cannot be used; fix the input."""

    exit_code = EXIT_REJECTED
    http_status = 422


class BadConfig(SitrepError):
    """A setting or data file is wrong; fix the configuration."""

    exit_code = EXIT_CONFIG
    http_status = 500


class NotFound(SitrepError):
    """Something asked for by name does not exist."""

    exit_code = EXIT_NOT_FOUND
    http_status = 404


class StoreError(SitrepError):
    """The database cannot be opened or written; nothing was changed."""

    exit_code = EXIT_STORE
    http_status = 503

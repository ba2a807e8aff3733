"""Errors the user can fix: each carries a one-line message and maps to exit code 2 in the CLI; and the signal
that stops a run (exit code 130 or 143).

An error is raised deep in the reader, the configuration or the history, before anyone knows which language the
user reads: it carries a catalog `Message` (its English source and facts), and the command line renders it in the
error language (`auditor.cli`). `str(error)` is the English line, for logs and for code that only needs a text.
"""

from __future__ import annotations

from auditor.i18n import Message, render


class AuditorError(Exception):
    """Base of every error shown to the user as one line, never as a traceback.

    `message` is a catalog Message (`_("{path}: no such file or folder", path=str(path))`): never a sentence built
    in English (tests/test_error_messages.py scans for them). `language` is the language of the configuration the
    error arose in, when that much of it was read (a French configuration's mistake is said in French even though
    the configuration as a whole could not be loaded)."""

    def __init__(self, message: Message, *, language: str | None = None) -> None:
        self.message = message
        self.language = language
        super().__init__(self.render("en"))

    def render(self, language: str) -> str:
        """The one-line message in `language` (English where the catalog has no translation)."""
        return render(self.message, language)


class Interrupted(BaseException):
    """SIGINT (Ctrl-C) or SIGTERM arrived: the command stops. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` on the way (the engine's per-rule guard, say) takes it for an error and goes on."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ExportError(AuditorError):
    """The archive cannot be read at all: not a ZIP, truncated, encrypted, a zip bomb, missing."""

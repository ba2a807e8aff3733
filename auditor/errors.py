"""Errors the user can fix: each carries a one-line message and maps to exit code 2 in the CLI; and the signal
that stops a run (exit code 130 or 143).

An error is raised deep in the reader, the configuration or the history, before anyone knows which language the
user reads: it carries a catalog `Message` (its English source and facts), and the command line renders it in the
error language (`auditor.cli`). `str(error)` is the English line, for logs and for code that only needs a text.
"""

from __future__ import annotations

import os

from auditor.i18n import Message, available_languages, render


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


class LanguageClues:
    """What tells the error language, gathered as a command runs: the --lang given on the command line, the
    configuration's `language` once it is read. The command line sets them, and forgets them at each run (the
    tests run many commands in one process)."""

    def __init__(self) -> None:
        self.given: str | None = None
        self.configured: str | None = None

    def forget(self) -> None:
        self.given = self.configured = None


LANGUAGE_CLUES = LanguageClues()


def locale_language() -> str | None:
    """The system locale's language (LC_ALL, then LC_MESSAGES, then LANG, as POSIX reads them: the first one set
    decides), when a catalog exists for it: `fr_FR.UTF-8` -> `fr`; `C`, `POSIX` or `de_DE` -> None."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            language = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return language if language in available_languages() else None
    return None


def error_language(error: AuditorError | None = None) -> str:
    """The one place that decides the language of a one-line error: the command's --lang when given, else the
    configuration's `language` when it was read (even in part: `error.language`), else the system locale's when
    a catalog exists for it, else English."""
    return (
        LANGUAGE_CLUES.given
        or (error.language if error is not None else None)
        or LANGUAGE_CLUES.configured
        or locale_language()
        or "en"
    )


class Interrupted(BaseException):
    """SIGINT (Ctrl-C) or SIGTERM arrived: the command stops. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` on the way (the engine's per-rule guard, say) takes it for an error and goes on."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ExportError(AuditorError):
    """The archive cannot be read at all: not a ZIP, truncated, encrypted, a zip bomb, missing."""

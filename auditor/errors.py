"""Errors the user can fix: each carries a one-line message and maps to exit code 2 in the CLI."""

from __future__ import annotations


class AuditorError(Exception):
    """Base of every error shown to the user as one line, never as a traceback."""


class ExportError(AuditorError):
    """The archive cannot be read at all: not a ZIP, truncated, encrypted, a zip bomb, missing."""

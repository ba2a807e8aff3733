"""Reading a LinkedIn export: archive access, CSV quirks, dates, sections and articles."""

from __future__ import annotations

from auditor.errors import ExportError
from auditor.export.archive import Limits
from auditor.export.loader import load_export

__all__ = ["ExportError", "Limits", "load_export"]

"""Report view-model, templates and renderers (installed as `auditor.reports`)."""

from __future__ import annotations

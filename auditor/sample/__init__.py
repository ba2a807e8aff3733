"""A deterministic generator of fully synthetic LinkedIn "Get a copy of your data" archives.

The demo and every test of the project use it, so no real personal data is ever committed. It follows the
observed export format (`linkedin-export-format.md`): file names and headers of the 2018, 2023 and 2026 eras,
the basic and complete variants, and every quirk the parsers must survive. Standard library only.

    >>> summary = write_sample("sample.zip", seed=1, lang="fr", size="small")  # doctest: +SKIP
    >>> summary.archive_name  # doctest: +SKIP
    'Complete_LinkedInDataExport_11-02-2026.zip'

`persona="model"` writes the same person following the networking method to the letter, and
`sample_config(seed=..., lang=..., persona=...)` the `linkedin-audit.toml` of that person (goal, targets,
routines): the model export audited with it yields no warning, the typical one a spread of findings.
"""

from __future__ import annotations

from auditor.sample.eras import ERAS
from auditor.sample.generator import LANGS, VARIANTS, SampleSummary, write_sample
from auditor.sample.goals import PERSONAS, sample_config
from auditor.sample.sizes import SIZES, SizeSpec

__all__ = [
    "ERAS",
    "LANGS",
    "PERSONAS",
    "SIZES",
    "VARIANTS",
    "SampleSummary",
    "SizeSpec",
    "sample_config",
    "write_sample",
]

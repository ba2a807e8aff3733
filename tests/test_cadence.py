"""Cadence helpers."""

from __future__ import annotations

from auditor.analysis.cadence import _POST_NUMBER, post_numbers


def test_post_numbers_read_any_case_of_a_link() -> None:
    """The fast path for ASCII links (lower-cased, case-sensitive pattern) finds what the case-insensitive pattern
    finds, and other links still take the case-insensitive one."""
    links = [
        "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7522315445208896987",
        "https://www.linkedin.com/feed/update/urn:li:UGCPOST:71?commentUrn=urn%3aLi%3aComment%3A(ugcPost%3A72%2C9)",
        "urn:li:Share:12 urn:li:sHaRe%3A13 activity:",
        "https://www.linkedin.com/feed/update/urn:li:activity:55/ Zoé ſhare:56",
        "",
    ]
    for link in links:
        assert post_numbers(link) == set(_POST_NUMBER.findall(link))
    assert post_numbers(links[1]) == {"71", "72"} and post_numbers(links[3]) == {"55", "56"}

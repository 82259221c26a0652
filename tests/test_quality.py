"""Quality floors on real pages, and content that issue 13 saw removed.

``tests/data/quality`` holds a fixed subset of the development set (every
12th page of ``shared/devsets/scrapinghub-aeb``, written by ``python
benchmarks/quality.py --write-subset tests/data/quality``): for each page,
trafilatura's text, all visible text of the page, and the article body a
person marked.  The floors below sit a little under today's figures, so a
rule that starts eating article text fails here, by name of the page.
Scoring is the benchmark's own (``benchmarks/scoring.py``).

The second half names each sentence that a rule once removed and that must
stay, in the position where it was removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner

from .conftest import benchmark_module

_scoring = benchmark_module("scoring")
line_score, score = _scoring.line_score, _scoring.score
visible_text = benchmark_module("visible_text").visible_text

SUBSET = Path(__file__).resolve().parent / "data" / "quality"
PAGES = sorted({p.name.split(".")[0] for p in SUBSET.glob("*.body.txt")})
CLEANER = Cleaner()
# All visible text of a page is what the page profile is for.
PAGE_CLEANER = Cleaner(profile="page")
CLEANERS = {"extracted": CLEANER, "page": PAGE_CLEANER}


def _read(page: str, kind: str) -> str:
    return (SUBSET / f"{page}.{kind}.txt").read_text(encoding="utf-8")


def _cleaned(kind: str) -> list[tuple[str, str, str]]:
    """(input, output, body) for every page of the subset."""
    return [
        (_read(page, kind), CLEANERS[kind].clean(_read(page, kind)).text, _read(page, "body")) for page in PAGES
    ]


@pytest.fixture(scope="module", params=["extracted", "page"])
def kind_and_texts(request: pytest.FixtureRequest) -> tuple[str, list[tuple[str, str, str]]]:
    return request.param, _cleaned(request.param)


def test_the_subset_is_there() -> None:
    assert len(PAGES) == 16
    assert (SUBSET / "LICENSE").exists()


# Floors: (recall at least, precision at least) over the subset, and the
# precision the untouched input has, which cleaning must beat.  Extracted
# recall was 0.9811 until drop-line took bulleted items of three words or more
# as lines of their own: the one line that costs it is the body's own call
# "* Clique no link para ver o Calendário completo …" (a click-the-link call,
# debris by the spec, bulleted).
FLOORS = {"extracted": (0.9800, 0.9590, 0.9580), "page": (0.9740, 0.6900, 0.5858)}


def test_recall_and_precision_floors(kind_and_texts: tuple[str, list[tuple[str, str, str]]]) -> None:
    kind, texts = kind_and_texts
    recall_floor, precision_floor, input_precision = FLOORS[kind]
    before = score((given, body) for given, _, body in texts)
    after = score((output, body) for _, output, body in texts)
    assert before.precision == pytest.approx(input_precision, abs=5e-5)  # the data did not change
    assert after.recall >= recall_floor
    assert after.precision >= precision_floor


def test_no_page_loses_more_than_its_share_of_content_lines(
    kind_and_texts: tuple[str, list[tuple[str, str, str]]],
) -> None:
    # Counted in lines, not tokens: a page's text can lack part of its body
    # (a paywall, a lazy-loaded paragraph), and then removing a teaser list
    # that shares the body's words lowers token recall although every body
    # line stays.  One line is allowed on a short page: a few bodies keep
    # debris the SPEC removes (a "____" separator, "(Image credit: ...)").
    # The page profile takes runs of short lines, and one page of the subset
    # is a product page whose body is mostly such lines (29 of 214 go):
    # there the bound is 15%.
    kind, texts = kind_and_texts
    share = {"extracted": 0.02, "page": 0.15}[kind]
    for page, triple in zip(PAGES, texts, strict=True):
        lines = line_score([triple])
        lost = lines.content - lines.content_kept
        allowed = max(1, int(share * lines.content))
        assert lost <= allowed, f"{kind} {page}: {lost} of {lines.content} content lines removed"


def test_content_lines_kept_and_noise_lines_removed(kind_and_texts: tuple[str, list[tuple[str, str, str]]]) -> None:
    kind, texts = kind_and_texts
    lines = line_score(texts)
    assert lines.content_kept_share >= {"extracted": 0.995, "page": 0.93}[kind]
    assert lines.noise_removed >= {"extracted": 0.04, "page": 0.60}[kind]


def test_scoring_counts_tokens_as_a_multiset() -> None:
    s = score([("a a b c", "a b b")])
    assert (s.matched, s.output, s.body) == (2, 4, 3)
    assert score([("It's GREAT.", "its great")], folded=True).precision == 1.0


def test_line_score_labels_lines_by_the_body() -> None:
    body = "The first paragraph of the article.\nA second one here."
    lines = line_score([("Home\nThe first paragraph of the article.\nA second one here.\nMenu", "A second one here.\nMenu", body)])
    assert (lines.noise, lines.noise_kept, lines.content, lines.content_kept) == (2, 1, 2, 1)
    joined = "The first half of it and the second half."
    lines = line_score([("The first half of it\nand the second half.", joined, joined)])
    assert (lines.content, lines.content_kept) == (2, 2)


def test_visible_text_puts_each_block_on_its_own_line() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a> <a>News</a></nav>"
        "<script>var x;</script><p>First <b>bold</b> text.</p><!-- note --><div>Second<br>line</div>"
        "<ul><li>One</li><li>Two</li></ul>tail</body></html>"
    )
    assert visible_text(html) == "Home News\nFirst bold text.\nSecond\nline\nOne\nTwo\ntail\n"


# -- content that a rule once removed (issue 13) -----------------------------


def _lines_after_cleaning(text: str) -> list[str]:
    return [line for line in CLEANER.clean(text).text.split("\n") if line]


def _stays(line: str, before: str = "Headline of the story", after: str = "The story goes on here.") -> None:
    text = f"{before}\nThe first paragraph of the story.\n{line}\n{after}\n"
    assert line in _lines_after_cleaning(text)


def test_photo_label_starting_a_sentence_stays() -> None:
    _stays("Photo: NASA archives show the astronauts training in Houston.")


def test_source_citation_stays() -> None:
    _stays("(Source: Canadian Institute of Advanced Research survey)")


def test_sentence_about_javascript_being_disabled_stays() -> None:
    _stays("JavaScript is disabled by default in some secure browsers, which breaks many sites.")


def test_sentence_starting_with_a_copyright_sign_and_year_stays() -> None:
    _stays("© 2025 is the year the copyright on the novel expires, the court said.")


@pytest.mark.parametrize("date_line", ["November 18, 2018", "Posted on: 17-01-2008", "05.11.2016, 22:40"])
def test_the_articles_own_date_line_stays(date_line: str) -> None:
    assert date_line in _lines_after_cleaning(f"{date_line}\nHeadline of the story\nThe story starts here.\n")
    assert date_line in _lines_after_cleaning(f"Headline of the story\n{date_line}\nThe story starts here.\n")


def test_a_date_widget_with_its_weekday_at_the_very_top_goes() -> None:
    assert _lines_after_cleaning("Tuesday, November 19, 2019\nHeadline\nThe story starts here.\n") == [
        "Headline",
        "The story starts here.",
    ]


@pytest.mark.parametrize("heading", ["Print", "Share", "Next", "Reply", "Quote", "Delicious"])
def test_a_one_word_subheading_inside_the_text_stays(heading: str) -> None:
    text = "\n".join(
        ["Headline of the story", "Para one of the story.", "Para two of the story.", "Para three.", heading,
         "The section under the heading.", "Para six of the story.", "Para seven of the story.", "Para eight."]
    )
    assert heading in _lines_after_cleaning(text)

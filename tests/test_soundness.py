"""The engine is sound by construction: what matches, and which rule is credited,
never depends on how the rules were grouped, prefiltered or scanned.

Issue 12's reproductions are named tests here; the differential tests run
the same documents through the engine and through the plain reference path
(:mod:`cleaner.engine.reference`) and require identical output and edits.
"""

from __future__ import annotations

import functools
import textwrap
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Result
from cleaner.engine import reference, scan
from cleaner.engine.loader import load_pack_text
from cleaner.engine.ruleset import Ruleset, shipped_packs

from .conftest import SEEDS, benchmark_module

ALL_RULES = [rule for pack in shipped_packs() for rule in pack.rules]


@pytest.fixture(autouse=True, scope="module", params=["scout", "namer", "finders"])
def _line_scans_ask(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test here runs three times: with the line scans asking their scout about
    each line (a process's first lines), their namer (the lines after), and with
    their finders' passes (all later ones)."""
    saved = scan.SCOUT_LINES, scan.SET_ONLY_LINES
    scan.SCOUT_LINES = 10**12 if request.param == "scout" else 0
    scan.SET_ONLY_LINES = 0 if request.param == "finders" else 10**12
    yield
    scan.SCOUT_LINES, scan.SET_ONLY_LINES = saved


def _pack(rules_yaml: str) -> str:
    return "rules:\n" + textwrap.indent(textwrap.dedent(rules_yaml).strip("\n"), "  ") + "\n"


def _pair(packs_text: list[str] | None = None, **selection: list[str]) -> tuple[Cleaner, Cleaner]:
    """(engine, reference) Cleaners over the same packs (the shipped ones if none given)."""

    def packs():  # noqa: ANN202
        if packs_text is None:
            return shipped_packs()
        return [load_pack_text(text, f"user{n}.yaml", f"user{n}") for n, text in enumerate(packs_text)]

    fast = Cleaner(ruleset=Ruleset(packs(), **selection))
    slow = Cleaner(ruleset=Ruleset(packs(), **selection, compile_kind=reference.compile_kind))
    return fast, slow


def _edits(result: Result) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(e.start, e.end, e.inserted, tuple(s.rule for s in e.steps)) for e in result.edits]


def _same(fast: Cleaner, slow: Cleaner, text: str) -> Result:
    a, b = fast.clean(text), slow.clean(text)
    assert a.text == b.text, text
    assert _edits(a) == _edits(b), text
    return a


def _user(rules_yaml: str) -> Cleaner:
    return Cleaner(ruleset=Ruleset([load_pack_text(_pack(rules_yaml), "user.yaml", "user")]))


# -- issue 12's reproductions ------------------------------------------------------


def test_phrases_tags_loading_menu_pipe_remove_all_four_lines() -> None:
    cleaner = _user(
        """
        - id: user/chrome
          description: Page chrome.
          kind: drop-line
          phrases: ['Tags:', 'Loading...', 'Menu', '|']
          examples: [{keep: x}]
        """
    )
    result = cleaner.clean("Intro.\n\nTags:\n\nLoading...\n\nMenu\n\n|\n\nEnd.\n")
    assert result.text == "Intro.\n\nEnd.\n"
    assert result.counts["user/chrome"] == 4


@pytest.mark.parametrize(("pattern", "line"), [(r"x\.", "x."), ("-", "-"), ("[ab]»", "B»")])
def test_small_patterns_the_old_gate_refused_match_their_line(pattern: str, line: str) -> None:
    cleaner = _user(
        f"""
        - id: user/small
          description: A small pattern.
          kind: drop-line
          pattern: '{pattern}'
          examples: [{{keep: x}}]
        """
    )
    assert cleaner.clean(f"Intro.\n{line}\nEnd.\n").text == "Intro.\n\nEnd.\n"


@pytest.mark.parametrize("gated_first", [True, False])
def test_two_advertisement_rules_credit_the_first_in_load_order(gated_first: bool) -> None:
    phrase = """
        - id: user/phrase
          description: By phrase.
          kind: drop-line
          phrases: [Advertisement]
          examples: [{keep: x}]
    """
    lookaround = """
        - id: user/lookaround
          description: By a pattern that runs on regex.
          kind: drop-line
          pattern: '(?=A)Advert\\w+'
          examples: [{keep: x}]
    """
    cleaner = _user(phrase + lookaround if gated_first else lookaround + phrase)
    first = "user/phrase" if gated_first else "user/lookaround"
    assert cleaner.clean("Body.\nAdvertisement\nMore.\n").counts[first] == 1


def test_rules_with_different_windows_resolve_by_load_order() -> None:
    cleaner = _user(
        """
        - id: user/anywhere
          description: Anywhere.
          kind: drop-line
          phrases: [Advertisement]
          examples: [{keep: x}]
        - id: user/top
          description: Top only.
          kind: drop-line
          where: {first: 3}
          phrases: [Advertisement]
          examples: [{keep: x}]
        """
    )
    result = cleaner.clean("Advertisement\nBody.\nAdvertisement\n")
    assert result.counts == {"user/anywhere": 2, "canonical/paragraph": 1} or result.counts["user/anywhere"] == 2
    assert "user/top" not in result.counts


def test_a_line_judged_in_one_document_is_judged_again_by_its_place_in_the_next() -> None:
    """A line's verdict is kept by its text; a windowed rule's part of it is still
    decided by where the line stands in each document, in any order of documents."""
    rules = """
        - id: user/top
          description: Top only.
          kind: drop-line
          where: {first: 1}
          phrases: [Menu]
          examples: [{keep: x}]
        - id: user/anywhere
          description: Anywhere.
          kind: drop-line
          pattern: 'Menu|Home'
          examples: [{keep: x}]
        """
    documents = ["Menu\nBody.\n", "Body.\nMenu\nHome\n", "Menu\nHome\nBody.\nMenu\n"]
    expected = [_user(rules).clean(text) for text in documents]  # each in a fresh cleaner
    assert expected[0].counts["user/top"] == 1 and expected[1].counts["user/anywhere"] == 2
    for order in (documents, documents[::-1], documents * 2):
        cleaner = _user(rules)
        for text in order:
            again = cleaner.clean(text)
            alone = expected[documents.index(text)]
            assert again.text == alone.text and _edits(again) == _edits(alone)


def test_a_rule_stopped_on_one_document_still_judges_the_same_line_in_the_next() -> None:
    """Lines judged while a rule was stopped by its time limit (and so skipped) are
    not kept: the next document, where the rule runs, is judged in full."""
    cleaner = Cleaner(
        timeout=0.05,
        ruleset=Ruleset([load_pack_text(_pack("""
            - id: user/runaway
              description: A line rule that needs regex, and backtracks on long runs of a.
              kind: drop-line
              pattern: '(?:(a|aa)+(?=c)b|Sponsored(?! by) post)'
              examples: [{keep: x}]
            """), "user.yaml", "user")]),
    )
    first = cleaner.clean("a" * 40 + "b\nSponsored post\nBody.\n")
    assert any("user/runaway" in warning for warning in first.warnings)
    second = cleaner.clean("Body.\nSponsored post\n")
    assert second.text == "Body.\n" and second.counts["user/runaway"] == 1


def test_a_match_crossing_a_line_break_never_hides_a_rule_matching_the_line_alone() -> None:
    cleaner = _user(
        """
        - id: user/tags
          description: A tags line, spaces after it.
          kind: drop-line
          pattern: 'Tags:\\s*'
          examples: [{keep: x}]
        - id: user/loading
          description: Loading.
          kind: drop-line
          phrases: [Loading]
          examples: [{keep: x}]
        """
    )
    result = cleaner.clean("Intro.\nTags:\n\nLoading\n\nEnd.\n")
    assert result.text == "Intro.\n\nEnd.\n"
    assert result.counts["user/tags"] == 1 and result.counts["user/loading"] == 1


def test_a_block_start_without_its_end_lets_the_next_block_rule_try() -> None:
    text = "Body.\n\nMost read\n\nPutin meets envoy in Moscow\n\nMarkets rally on ceasefire hopes\n"
    result = Cleaner().clean(text)
    assert result.text == "Body.\n"
    assert result.counts["widget/related-list"] == 1


def test_a_users_related_block_is_not_hidden_by_a_shipped_one(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "mine.yaml").write_text(
        _pack(
            """
            - id: mysite/related
              description: Related links.
              kind: drop-block
              start: {phrases: ['Related:']}
              body: {pattern: '- .+'}
              examples: [{keep: x}]
            """
        ),
        encoding="utf-8",
    )
    result = Cleaner(rules=[str(tmp_path)]).clean("Body.\nRelated:\n- One link\n- Two links\nMore.\n")
    assert result.text == "Body.\n\nMore.\n"
    assert result.counts["mysite/related"] == 1


# -- fixpoint ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a\na\na\na\na\na\n", "Intro.\na\nb\nc\nd\ne\nf\ng\n", "Q?\nA\nB\nC\nD\n"])
def test_runs_of_short_lines_are_stable_and_lose_nothing(text: str) -> None:
    once = Cleaner().clean(text)
    assert not once.warnings
    assert [p for p in once.text.split("\n") if p] == [p for p in text.split("\n") if p]
    assert Cleaner().clean(once.text).text == once.text


def test_a_hundred_thousand_tiny_lines_lose_nothing_and_take_seconds_not_minutes() -> None:
    text = "a\n" * 100_000
    cleaner = Cleaner()
    cleaner.clean("a\n" * 10)  # compiles the stages: a cold rule cache costs seconds once, not per line
    started = time.process_time()  # CPU time: other processes on a busy machine do not count
    result = cleaner.clean(text)
    assert time.process_time() - started < 10
    assert not result.warnings and result.text == "a\n\n" * 99_999 + "a\n"


# -- differential: the engine against the reference path -----------------------------

FAST, SLOW = _pair(select=["ALL"])


def test_only_dropped_lines_leave_a_window_block_starts_do_not() -> None:
    # A drop-line rule's first-lines window leaves out the lines drop-line
    # rules drop; a block rule's start lines are not dropped lines, so its
    # window stays put even where a start finds no end.
    block = (
        "rules:\n  - id: user/teasers\n    description: x\n    kind: drop-block\n    where: {first: 1}\n"
        "    start: {phrases: [Related]}\n    end: {phrases: [End of list]}\n    max_lines: 2\n"
        "    examples: [{keep: zzz}]\n"
    )
    fast, slow = _pair([block])
    text = "Related\nRelated\nEnd of list\n"  # the first start finds no end within two lines
    assert fast.clean(text).text == "Related\n\nRelated\n\nEnd of list\n"
    _same(fast, slow, text)


@pytest.mark.parametrize(("pattern", "text"), [(r"(?=a)a*", "a"), (r"\b", "ab cd"), (r"\b", "a")])
def test_a_regex_rule_whose_prefilter_matches_empty_at_the_end_is_not_stopped(pattern: str, text: str) -> None:
    # Found by the generated-rules test: the prefilter (the pattern less its
    # assertions) matched empty at the end of the text and was searched for
    # again from past the end, for ever, until the time limit skipped the rule.
    rule = (
        "rules:\n  - id: user/r\n    description: x\n    kind: replace\n"
        f"    pattern: '{pattern}'\n    with: 'X'\n    examples: [{{keep: zzz}}]\n"
    )
    fast, slow = _pair([rule])
    assert not fast.clean(text).warnings
    _same(fast, slow, text)


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
def test_every_rule_example_gives_the_same_edits_on_both_paths(rule) -> None:  # noqa: ANN001
    fast, slow = _pair(select=[rule.id])
    for example in rule.examples:
        _same(fast, slow, example.input)
        _same(FAST, SLOW, example.input)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_seed_gives_the_same_edits_on_both_paths(seed) -> None:  # noqa: ANN001
    _same(FAST, SLOW, seed.read_text(encoding="utf-8"))


def test_a_slice_of_the_benchmark_corpus_gives_the_same_edits_on_both_paths() -> None:
    for document in benchmark_module("corpus").documents(40, seed=5):
        _same(FAST, SLOW, document)


_ATOMS = ["a", "b", "x", "B", "é", r"\.", "-", "»", "[ab]", "[^a]", r"\d", r"\s", r"\w", r"\b", "(?:a|b)", "a*",
          "x+", "b?", "(?=a)", "(?!b)", "^", "$", " ", r"\S", "(a|aa)", r"\p{Lu}"]


@st.composite
def _pattern(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4)))


@st.composite
def _rule(draw: st.DrawFn, number: int) -> str:
    kind = draw(st.sampled_from(["drop-line", "drop-block", "replace", "drop-fragment"]))
    case = draw(st.booleans())
    where = draw(st.sampled_from(["", "where: {first: 2}", "where: {last: 2}"]))

    def matcher() -> str:
        if draw(st.booleans()):
            phrases = draw(st.lists(st.sampled_from(["a", "b x", "Tags:", "|", "B»", "-", "é."]), min_size=1, max_size=3))
            return "{phrases: [" + ", ".join(f"'{p}'" for p in phrases) + f"], case_sensitive: {str(case).lower()}}}"
        return "{pattern: '" + draw(_pattern()).replace("'", "''") + f"', case_sensitive: {str(case).lower()}}}"

    lines = [f"- id: gen/rule{number}", "  description: Generated.", f"  kind: {kind}", "  examples: [{keep: x}]"]
    if where:
        lines.append(f"  {where}")
    if kind == "drop-block":
        lines += [f"  start: {matcher()}", f"  {draw(st.sampled_from(['end', 'body']))}: {matcher()}", "  max_lines: 3"]
    else:
        lines += [f"  {k}: {v}" for k, v in _flatten(matcher()).items()]
        if kind == "replace":
            lines.append(f"  with: '{draw(st.sampled_from(['', 'Z']))}'")
    return "\n".join(lines)


def _flatten(mapping: str) -> dict[str, str]:
    """'{pattern: ..., case_sensitive: ...}' as top-level fields (a rule's own matcher)."""
    inner = mapping[1:-1]
    head, _, case = inner.rpartition(", case_sensitive: ")
    key, _, value = head.partition(": ")
    return {key: value, "case_sensitive": case}


_LINE = st.lists(
    st.sampled_from(["a", "b", "x", "B", "é", ".", "-", "»", " ", "Tags:", "|", "1", "aa", "É", " | ", " · ", "•", "- ",
                     " a b", "💬 ", " ✕", "☰", "↓"]),
    max_size=5,
)
_DOCUMENT = st.lists(st.one_of(_LINE.map("".join), st.just("")), min_size=1, max_size=8).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=4).flatmap(
    lambda ns: st.tuples(*[_rule(k) for k in range(len(ns))])), st.lists(_DOCUMENT, min_size=1, max_size=3))
def test_generated_rules_on_generated_lines_give_the_same_edits_on_both_paths(rules, documents) -> None:  # noqa: ANN001
    fast, slow = _pair([_pack("\n".join(rules))])
    for document in documents:
        _same(fast, slow, document)


_PAGE_LINE = st.sampled_from([
    "Home", "News", "Sport", "Sign in", "Privacy Policy", "More…", "", " ", "\u00a0", "Menu:",
    "A line of prose that runs on well past forty characters, as an article does.",
    "He said it was over.", "Ingredients:", "x" * 41, "  Weather  ", "Terms & Conditions",
    "Opinion Columns Letters To Editor", "Weather Traffic Obituaries Events", "X" * 40, "Y" * 40 + " ",
])


@functools.lru_cache(maxsize=1)
def _page_pair() -> tuple[Cleaner, Cleaner]:
    fast = Cleaner(ruleset=Ruleset(shipped_packs("page"), profile="page"))
    slow = Cleaner(ruleset=Ruleset(shipped_packs("page"), profile="page", compile_kind=reference.compile_kind))
    return fast, slow


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PAGE_LINE, min_size=1, max_size=14).map("\n".join))
def test_page_profile_runs_of_short_lines_give_the_same_edits_on_both_paths(document: str) -> None:
    """drop-run skips a text with no stretch of short lines; the reference looks at every line."""
    _same(*_page_pair(), document)


def _row_rules(print_where: str = "") -> str:
    """Two user rules that each drop a link line; "Print" only in ``print_where``."""
    where = f"where: {print_where}" if print_where else ""
    return _pack(
        f"""
    - id: user/print
      description: Print link.
      kind: drop-line
      {where}
      phrases: [Print, Print this article]
      examples: [{{keep: x}}]
    - id: user/mail
      description: Mail link.
      kind: drop-line
      pattern: '(?:e-?mail|send)(?: this)?(?: article)?'
      examples: [{{keep: x}}]
    """
    )


def test_a_row_of_items_each_dropped_alone_is_dropped_and_credited_to_its_first_item() -> None:
    text = "Body.\nE-mail this article | Print\nPrint · Send\nPrint | Editorial\n| Print | E-mail |\nEnd.\n"
    result = _same(*_pair([_row_rules()]), text)
    # "Editorial" is no rule's line, and a table row is not a row of links
    assert result.text.split() == "Body. Print | Editorial | Print | E-mail | End.".split()
    assert [(e.removed, e.rule) for e in result.edits if e.removed.strip()] == [
        ("E-mail this article | Print\n", "user/mail"), ("Print · Send\n", "user/print")
    ]


def test_a_row_of_two_debris_items_and_short_labels_is_dropped_on_both_paths() -> None:
    """A button or a link no rule takes alone ("Settings", "A A A") goes with two debris
    items beside it; one debris item, or a sentence among them, keeps the row."""
    text = (
        "Body.\nSettings | Print | E-mail\nPrint | Settings\n"
        "Print · Send · The mayor resigned on Monday.\nPrint | Send | Text size A A A\nEnd.\n"
    )
    result = _same(*_pair([_row_rules()]), text)
    assert result.text.split() == (
        "Body. Print | Settings Print · Send · The mayor resigned on Monday. End.".split()
    )
    assert [(e.removed, e.rule) for e in result.edits if e.removed.strip()] == [
        ("Settings | Print | E-mail\n", "user/print"), ("Print | Send | Text size A A A\n", "user/print")
    ]


def test_a_bulleted_item_of_three_words_that_a_rule_drops_alone_is_dropped_on_both_paths() -> None:
    """Debris set as a list item goes, credited to the item's rule.  An item of a
    word or two belongs to a real list and stays, as do a bullet without its
    space, a dash before a quotation and a numbered step; a phrase's own
    decoration still takes its line."""
    text = (
        "Body.\n\n- Send this article\n\n• E-mail this article, she said\n\n- E-mail\n\n"
        "-Send this article\n\n– Send this article\n\n1. Send this article\n\n* Print this article\n\nEnd.\n"
    )
    result = _same(*_pair([_row_rules()]), text)
    assert result.text.split() == (
        "Body. • E-mail this article, she said - E-mail -Send this article – Send this article "
        "1. Send this article End.".split()
    )
    assert [(e.removed.strip(), e.rule) for e in result.edits if e.removed.strip()] == [
        ("- Send this article", "user/mail"), ("* Print this article", "user/print")
    ]


def test_a_list_goes_item_by_item_only_when_every_item_goes_on_both_paths() -> None:
    """A call among the steps of a how-to belongs to them; a list of calls is debris."""
    text = (
        "Body.\n\n- Open the form on the website\n- Send this article\n\n"
        "- E-mail this article\n- Print this article\n- Send this article\n\nEnd.\n"
    )
    result = _same(*_pair([_row_rules()]), text)
    assert result.text.split() == "Body. - Open the form on the website - Send this article End.".split()


def test_a_bulleted_item_is_judged_in_its_rule_s_window_on_both_paths() -> None:
    rules = _pack(
        """
    - id: user/send
      description: Send link.
      kind: drop-line
      where: {first: 1}
      pattern: 'send (?:this|the) (?:article|story)'
      examples: [{keep: x}]
    """
    )
    text = "- Send this article\nBody.\n- Send this article\n"
    result = _same(*_pair([rules]), text)
    # once the first line goes, the second item is out of the window
    assert result.text.split() == "Body. - Send this article".split()
    assert [e.rule for e in result.edits if e.removed.strip()] == ["user/send"]


def test_a_row_s_items_are_judged_in_the_rules_windows_on_both_paths() -> None:
    text = "Print | E-mail\nBody.\nPrint | E-mail\n"
    result = _same(*_pair([_row_rules("{first: 1}")]), text)
    assert result.text.split() == "Body. Print | E-mail".split()  # the second row's "Print" is out of its window


def test_a_scan_set_that_runs_out_of_memory_tries_every_member(monkeypatch: pytest.MonkeyPatch) -> None:
    """An RE2 set out of memory reports no match, not even its sentinel's; the scan
    then tries every rule it holds (on every line, when a namer alone is asked)."""

    class Exhausted:
        def Match(self, line: bytes) -> None:  # noqa: N802 - RE2's name
            return None

    fast = Cleaner()
    expected = [fast.clean(path.read_text(encoding="utf-8")) for path in SEEDS]
    monkeypatch.setattr(scan._Scans, "namer", Exhausted())
    monkeypatch.setattr(scan._Scans, "scout", Exhausted())
    exhausted = Cleaner()
    for path, result in zip(SEEDS, expected):
        again = exhausted.clean(path.read_text(encoding="utf-8"))
        assert again.text == result.text and _edits(again) == _edits(result)
    assert any(result.counts for result in expected)


def test_a_process_that_cleans_a_small_file_compiles_only_the_scout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The namer and the finders are compiled once a process has seen enough lines."""
    monkeypatch.setattr(scan, "SCOUT_LINES", 400)  # smaller, so that a few seeds pass them
    monkeypatch.setattr(scan, "SET_ONLY_LINES", 4_000)
    cleaner = Cleaner()
    small = SEEDS[0].read_text(encoding="utf-8")
    assert small.count("\n") < 400
    cleaner.clean(small)
    scans = [s for stage in cleaner.ruleset.stages if (s := _scans_of(stage)) is not None]
    assert scans and all(set(vars(s)) & {"scout", "namer", "finders"} <= {"scout"} for s in scans)
    drop_line = _scans_of(("drop-line", dict(cleaner.ruleset.stages)["drop-line"]))
    assert "scout" in vars(drop_line)
    cleaner.clean("\n".join([small] * (400 // small.count("\n") + 1)))
    assert "namer" in vars(drop_line) and "finders" not in vars(drop_line)
    cleaner.clean("\n".join([small] * (4_000 // small.count("\n") + 1)))
    assert "finders" in vars(drop_line)


def _scans_of(stage: tuple[str, object]) -> scan._Scans | None:
    """The line scans a compiled kind holds (found through its runner's closure)."""
    cells = [c.cell_contents for c in getattr(stage[1], "__closure__", None) or ()]
    return next((c._scans for c in cells if isinstance(c, scan.LineRules)), None)


def test_a_lone_surrogate_reaching_the_rules_is_read_as_u_fffd_on_every_kind() -> None:
    """With the unicode stages off, a lone surrogate reaches the rules; RE2 reads
    UTF-8, which cannot hold one (the binding raised UnicodeEncodeError)."""
    text = "Intro line here.\n\nAdvertisement\ud800\n\nAdvertisement\n\nSame paragraph \ud800 here.\n\nSame paragraph \ud800 here.\n"
    fast = Cleaner(ignore=["unicode"], ruleset=Ruleset(shipped_packs()))
    slow = Cleaner(ignore=["unicode"], ruleset=Ruleset(shipped_packs(), compile_kind=reference.compile_kind))
    result = _same(fast, slow, text)
    assert result.text == text.replace("Advertisement\n\n", "")

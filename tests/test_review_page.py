"""The review page (--report), read as a file: its HTML parsed with lxml, its data checked
against the results it describes.  What it does in a browser is tested in test_browser.py."""

from __future__ import annotations

import dataclasses

import json
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from click.testing import CliRunner

from cleaner import Cleaner, clean
from cleaner.cli import clean_command
from cleaner.corpus import Batch, CorpusOptions, with_sample
from cleaner.documents import clean_document
from cleaner.formats.jsonl import clean_batch
from cleaner.report import write_html
from cleaner.review_data import MAX_DOCUMENT_CHARS, ReviewReport, ReviewRequest, review_entry
from cleaner.review_gallery import GALLERY_EXAMPLES
from cleaner.review_page import embed_json
from cleaner.review_sample import Sampler
from cleaner.views import RenderOptions

from .conftest import SEEDS, seed_text

CLEANER = Cleaner()


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(clean_command, list(args), catch_exceptions=False)


def read_page(path: Path) -> tuple[Any, dict[str, Any]]:
    """The parsed page and its embedded data."""
    tree = lxml.html.fromstring(path.read_bytes())
    (block,) = tree.xpath('//script[@id="data"]')
    return tree, json.loads(block.text)


def replay(document: dict[str, Any]) -> str:
    """The clean text, as the page's script rebuilds it: edits applied at UTF-16 offsets."""
    units = document["original"].encode("utf-16-le", "surrogatepass")
    pieces, pos = [], 0
    for start, end, inserted, *_ in document["edits"]:
        pieces += [units[2 * pos : 2 * start].decode("utf-16-le", "surrogatepass"), inserted]
        pos = end
    pieces.append(units[2 * pos :].decode("utf-16-le", "surrogatepass"))
    return "".join(pieces)


def rows(tree: Any) -> dict[str, list[str]]:
    """The rule table: rule id -> its cells' text."""
    return {
        tr.get("data-rule"): [td.text_content().strip() for td in tr.xpath("td")]
        for tr in tree.xpath('//table[@id="rule-table"]/tbody/tr[@data-rule]')
    }


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "r.html"
    result = invoke("--report", str(path), *map(str, SEEDS))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the page replaces the text on stdout, as --statistics does
    return path


def seed_results() -> list[Any]:
    return [CLEANER.clean_bytes(p.read_bytes(), source=str(p)) for p in SEEDS]


# -- the file ------------------------------------------------------------------------


def test_every_rule_that_acted_has_a_row_with_its_counts(seeds_page: Path) -> None:
    results = seed_results()
    edits = sum((Counter(r.counts) for r in results), Counter())
    removed = sum((Counter(r.removed_chars) for r in results), Counter())
    documents = Counter(rule for r in results for rule in r.counts)
    table = rows(read_page(seeds_page)[0])
    assert set(table) == set(edits)
    assert {"site/date-line", "caption/doubled", "widget/read-more-block", "canonical/paragraph"} <= set(table)
    for rule, cells in table.items():
        assert cells[0] == rule
        assert cells[1:4] == [f"{edits[rule]:,}", f"{documents[rule]:,}", f"{removed[rule]:,}"], rule
    assert table["site/date-line"][5] == "safe"
    assert table["canonical/paragraph"][5] == "built-in"


def test_header_has_the_runs_identity_and_totals(seeds_page: Path) -> None:
    tree, data = read_page(seeds_page)
    results = seed_results()
    totals = {div.get("data-total"): div.xpath("b")[0].text for div in tree.xpath('//div[@id="totals"]/div')}
    assert totals["documents"] == "5"
    assert totals["characters in"] == f"{sum(len(r.original) for r in results):,}"
    assert totals["characters out"] == f"{sum(len(r.text) for r in results):,}"
    assert totals["warnings"] == totals["over the removal budget"] == totals["failed inputs"] == "0"
    identity = dict(zip(tree.xpath('//dl[@id="identity"]/dt/text()'), tree.xpath('//dl[@id="identity"]/dd/text()'),
                        strict=True))
    assert identity["version"] == f"scrapeclean {results[0].version}"
    assert identity["ruleset"].startswith(results[0].ruleset["sha256"][:16])
    assert "site-widgets 1" in identity["packs"]
    assert identity["typography"] == "keep"
    assert data["run"]["ruleset"] == results[0].ruleset["sha256"]


def test_no_external_urls_and_nothing_loaded_from_elsewhere(seeds_page: Path) -> None:
    tree, _ = read_page(seeds_page)
    for element in tree.xpath("//*[@src or @href]"):
        for attribute in ("src", "href"):
            value = element.get(attribute)
            assert value is None or value.startswith(("#", "data:")), (element.tag, value)
    assert not tree.xpath("//link | //iframe | //img | //object | //embed | //script[@src]")
    csp = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in csp
    code = "".join(s.text or "" for s in tree.xpath("//script[not(@id)] | //style"))
    assert code and "http:" not in code and "https:" not in code and "//" + "cdn" not in code


def test_embedded_json_round_trips(seeds_page: Path) -> None:
    _, data = read_page(seeds_page)
    results = {r.source["name"]: r for r in seed_results()}
    assert [d["name"] for d in data["documents"]] == sorted(results)  # all five, in input order
    rule_ids = [rule["id"] for rule in data["rules"]]
    for document in data["documents"]:
        result = results[document["name"]]
        assert document["original"] == result.original and document["complete"]
        assert replay(document) == result.text
        assert [(rule_ids[e[3]], data["reasons"][e[4]]) for e in document["edits"]] == [
            (e.rule, e.reason) for e in result.edits
        ]
    # Page data written again from the parsed data is the same data.
    assert json.loads(embed_json(data)) == data


def test_gallery_holds_seeded_examples_of_each_rule(seeds_page: Path) -> None:
    _, data = read_page(seeds_page)
    assert len(data["gallery"]) == len(data["rules"])
    for rule, examples in zip(data["rules"], data["gallery"], strict=True):
        assert len(examples) <= GALLERY_EXAMPLES
        assert examples or rule["id"].startswith("canonical/"), rule["id"]
        for example in examples:
            document = data["documents"][example["doc"]]
            edit = document["edits"][example["edit"]]
            assert data["rules"][edit[3]] is rule and example["name"] == document["name"]
            keep = example["keep"]
            assert keep == document["original"][edit[8] : edit[9]]
            # Long context and removals are cropped for display, marked with an ellipsis.
            before, removed = example["before"].removeprefix("…"), example["removed"].removesuffix("…")
            assert before in keep and removed in keep and example["after"].removesuffix("…") in keep


def test_gallery_covers_the_whole_run_the_same_way_on_any_number_of_workers(tmp_path: Path) -> None:
    def page(*args: str) -> dict[str, Any]:
        path = tmp_path / "r.html"
        assert invoke("--report", str(path), "--sample", "1", "--seed", "3", *args, *map(str, SEEDS)).exit_code == 0
        return read_page(path)[1]

    data = page()
    assert page("--jobs", "2")["gallery"] == data["gallery"]
    (sampled,) = data["documents"]
    outside = [example for examples in data["gallery"] for example in examples if example["doc"] is None]
    assert outside and all(example["name"] != sampled["name"] for example in outside)
    # Each rule's examples are its removals of lowest priority over all five documents.
    order, results = Sampler(0, seed=3), seed_results()
    for rule, examples in zip(data["rules"], data["gallery"], strict=True):
        keys = [f"{r.source['name']}#{i}" for r in results for i, e in enumerate(r.edits) if e.rule == rule["id"]]
        expected = set(sorted(keys, key=order.priority)[:GALLERY_EXAMPLES])
        assert {f"{example['name']}#{example['edit']}" for example in examples} == expected, rule["id"]


def test_line_and_column_are_those_explain_gives() -> None:
    result = clean("Title\n\nSat. Feb 22nd, 2025\nAdvertisement\nThe story goes on here.\n", source="a")
    entry = review_entry(result, "a", ReviewRequest(0, whole=True))
    assert entry.document is not None
    where = {edit[3]: (edit[5], edit[6]) for edit in entry.document["edits"]}
    assert where["boilerplate/advertisement"] == (4, 1)


# -- text that could break the page -----------------------------------------------------


def test_hostile_and_astral_text_survive(tmp_path: Path) -> None:
    text = "Advertisement\n</script><script>alert(1)</script> \U0001f600 caf\u00c3\u00a9 \ud800\nRead More\nEnd.\n"
    result = CLEANER.clean(text, source="x.txt")
    path = tmp_path / "r.html"
    write_html([result], path)
    tree, data = read_page(path)
    assert len(tree.xpath("//script")) == 2  # the text made no script of its own
    (document,) = data["documents"]
    assert document["original"] == text
    assert replay(document) == result.text
    assert b"\xed\xa0\x80" not in path.read_bytes()  # the lone surrogate is escaped, the file is UTF-8


def test_over_budget_documents_are_counted() -> None:
    report = ReviewReport.for_results([], sample=5)
    result = dataclasses.replace(clean("The story.\n", source="a"), over_budget=True)
    report.add(review_entry(result, "a", report.request(report.wants("a"))))
    assert report.payload()["totals"]["over_budget"] == 1


# -- sampling -----------------------------------------------------------------------------


def test_sampler_takes_the_lowest_priorities_and_few_carry() -> None:
    names = [f"corpus.jsonl:{i}" for i in range(5000)]
    sampler = Sampler(50, seed=3)
    carried = [n for n in names if sampler.offer(n)]
    chosen = [n for n in names if sampler.chosen(sampler.priority(n))]
    assert set(chosen) == set(sorted(names, key=sampler.priority)[:50])
    assert len(chosen) == 50 and set(chosen) <= set(carried)
    assert len(carried) < 2 * 280  # expected: size * (1 + ln(n / size)) = 280
    assert Sampler(50, seed=4).priority(names[0]) != sampler.priority(names[0])


def test_sample_is_seeded_and_the_totals_cover_every_document(tmp_path: Path) -> None:
    def sampled(*args: str) -> tuple[list[str], int]:
        path = tmp_path / "r.html"
        assert invoke("--report", str(path), *args, *map(str, SEEDS)).exit_code == 0
        data = read_page(path)[1]
        return [d["name"] for d in data["documents"]], data["totals"]["documents"]

    first, documents = sampled("--sample", "2", "--seed", "1")
    assert len(first) == 2 and documents == 5
    assert sampled("--sample", "2", "--seed", "1", "--jobs", "2") == (first, 5)
    assert {tuple(sampled("--sample", "2", "--seed", str(s))[0]) for s in range(2, 8)} != {tuple(first)}


def test_corpus_records_are_sampled_by_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = [seed_text(p.name[:3]) for p in SEEDS]
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)) + "\n{bad\n")
    path = tmp_path / "r.html"
    result = invoke("--report", str(path), "--sample", "3", "--seed", "5", str(corpus))
    assert result.exit_code == 1  # the bad line is reported, the page is still written
    tree, data = read_page(path)
    assert data["totals"]["documents"] == 5 and data["totals"]["failed"] == 1
    # The sample is the three records of lowest priority; a record that fails keeps its place.
    records = [f"{corpus}:{line}" for line in (1, 2, 3, 4, 5, 7)]
    lowest = sorted(records, key=Sampler(3, seed=5).priority)[:3]
    assert [d["name"] for d in data["documents"]] == [r for r in records if r in lowest and not r.endswith(":7")]
    for document in data["documents"]:
        name, line = document["name"].rsplit(":", 1)
        assert name == str(corpus)
        assert document["original"] == texts[int(line) - 1]
    assert set(rows(tree)) == {rule for t in texts for rule in CLEANER.clean(t).counts}


def test_python_page_equals_the_commands(seeds_page: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    write_html(seed_results(), path, cleaner=CLEANER)
    from_python, from_cli = read_page(path)[1], read_page(seeds_page)[1]
    for key in ("totals", "rules", "reasons", "documents", "gallery"):
        assert from_python[key] == from_cli[key], key


# -- a run without --report pays nothing --------------------------------------------------------


def test_without_report_no_entry_is_built() -> None:
    data = SEEDS[1].read_bytes()
    assert clean_document(CLEANER, "a", data, RenderOptions()).review is None
    summary = clean_document(CLEANER, "a", data, RenderOptions(review=ReviewRequest(0))).review
    assert summary is not None and summary.document is None and summary.counts
    full = clean_document(CLEANER, "a", data, RenderOptions(review=ReviewRequest(0, whole=True))).review
    assert full is not None and full.document is not None
    line = json.dumps({"text": seed_text("001")}).encode() + b"\n"
    batch = Batch("c.jsonl", 1, [line, b"\n", line], CorpusOptions())
    assert clean_batch(CLEANER, batch).reviews == []
    (marked,) = with_sample([batch], ReviewReport.for_results([], sample=1))
    third = Sampler(1).priority("c.jsonl:3") < Sampler(1).priority("c.jsonl:1")
    assert marked.sampled == ({0, 2} if third else {0})  # the blank line is no record
    reviews = clean_batch(CLEANER, marked).reviews
    assert [(r.name, r.document is not None) for r in reviews] == [("c.jsonl:1", True), ("c.jsonl:3", third)]


def test_report_over_an_input_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("Some text.\n")
    result = CliRunner().invoke(clean_command, ["--report", str(target), str(target)])
    assert result.exit_code == 2
    assert "would overwrite an input" in result.stderr
    assert target.read_text() == "Some text.\n"


def test_a_very_long_document_is_shown_in_part() -> None:
    # Paragraphs that differ, so that no rule removes most of the document.
    paragraphs = [f"The council met on Tuesday to discuss the budget for year {year}.\n" for year in range(3000, 4010)]
    paragraph = paragraphs[0]
    text = "Advertisement\n" + "".join(paragraphs[:1000]) + "Advertisement\n" + "".join(paragraphs[1000:])
    result = CLEANER.clean(text, source="long.txt")
    document = review_entry(result, "long.txt", ReviewRequest(0, whole=True)).document
    assert document is not None and not document["complete"]
    assert MAX_DOCUMENT_CHARS - len(paragraph) < len(document["original"]) <= MAX_DOCUMENT_CHARS
    assert document["original"].endswith("\n") and text.startswith(document["original"])
    assert document["chars"] == len(text)
    assert document["lost"] == pytest.approx(1 - len(result.text) / len(text), abs=1e-6)
    assert [e[3] for e in document["edits"]].count("boilerplate/advertisement") == 1  # the second is past the cut
    assert result.text.startswith(replay(document))


def test_what_else_the_ruleset_identity_records_is_in_the_header() -> None:
    result = clean("Advertisement\nThe story.\n", source="a")
    result = dataclasses.replace(result, ruleset={**(result.ruleset or {}), "profile": "page"})
    report = ReviewReport.for_results([result])
    assert report.payload()["run"]["options"]["profile"] == "page"

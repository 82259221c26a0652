"""The review page in a real browser: Debian's Chromium, headless, driven by playwright.

No browser is downloaded: playwright launches the system's ``chromium``
(``.ci/run`` installs it with apt-get).  Where it is missing the test is
skipped, except in CI, where it fails.  Set ``SCRAPECLEAN_SCREENSHOT=PATH`` to
keep the screenshot (the README's ``docs/report.png`` is made that way).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml
from click.testing import CliRunner

from cleaner.cli import clean_command
from cleaner.engine.examples import check_example
from cleaner.engine.ruleset import Ruleset
from cleaner.engine.spec import Example

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SEED_001 = "seeds/001_5d66fb248d4ea9b8.txt"


def _missing() -> str | None:
    if CHROMIUM is None:
        return "Debian's chromium is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if (why := _missing()) is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the browser test must run in CI: {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(
    browser: Any, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, request: Any
) -> Iterator[Any]:
    """The seeds' page (more options for the command: parametrize indirectly)."""
    report = tmp_path_factory.mktemp("browser") / "seeds.html"
    monkeypatch.chdir(ROOT)
    options = list(getattr(request, "param", ()))
    result = CliRunner().invoke(clean_command, ["--report", str(report), *options, "seeds/"], catch_exceptions=False)
    assert result.exit_code == 0
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(report.as_uri())
    tab.report = report  # type: ignore[attr-defined]
    yield tab
    assert errors == []
    assert all(url.startswith(("file:", "data:")) for url in requests), requests  # nothing from the network
    context.close()


def shown_rules(page: Any, where: str = "#original") -> set[str]:
    return set(page.eval_on_selector_all(f"{where} .edit", "els => els.map(e => e.dataset.rule)"))


def test_rule_filter_canonical_toggle_and_marks(page: Any, tmp_path: Path) -> None:
    assert page.inner_text('#totals [data-total="documents"] b') == "5"

    # Clicking a rule row filters the gallery, the document list and the document to it.
    page.click('#rule-table tr[data-rule="widget/read-more-block"]')
    assert shown_rules(page) == {"widget/read-more-block"}
    assert page.locator("#original .edit").count() == 2
    assert shown_rules(page, "#gallery-body") == {"widget/read-more-block"}
    assert page.locator("#doc-list li[data-doc]").count() == 1
    assert page.inner_text("#doc-name").startswith(SEED_001)
    assert "rule=widget%2Fread-more-block" in page.url
    page.click("#all-rules")
    assert "widget/read-more-block" in shown_rules(page) and len(shown_rules(page)) > 1

    # canonical/* edits are hidden until the toggle shows them.
    assert not any(rule.startswith("canonical/") for rule in shown_rules(page))
    page.uncheck("#hide-builtin")
    assert {"canonical/space", "canonical/trim"} <= shown_rules(page)
    page.check("#hide-builtin")
    assert not any(rule.startswith("canonical/") for rule in shown_rules(page))

    # Mark a removal as wrong; the export is YAML keep: examples grouped by rule.
    page.click('#original .edit[data-rule="site/date-line"]')
    assert page.locator("#original .edit.wrong").count() == 1
    assert page.inner_text("#marked-count") == "1 removal"
    exported = yaml.safe_load(page.input_value("#yaml"))
    assert list(exported) == ["site/date-line"]
    (example,) = exported["site/date-line"]
    assert example["keep"].startswith("Sat. Feb 22nd, 2025\nalert-")  # the removed line and the next line
    assert example["keep"].count("\n") == 1
    # The example reproduces the removal: the rule does not yet leave it alone.
    rule = Ruleset.default().get("site/date-line")
    assert check_example(rule, Example(example["keep"], None)) is not None
    with page.expect_download() as download:
        page.click("#download")
    assert Path(download.value.path()).read_text(encoding="utf-8") == page.input_value("#yaml")
    assert download.value.suggested_filename == "keep-examples.yaml"

    # The screenshot: one rule picked, one of its removals marked as wrong.
    page.click('#rule-table tr[data-rule="widget/read-more-block"]')
    page.click("#original .edit")
    page.set_viewport_size({"width": 1400, "height": 1750})
    page.evaluate("""() => {  // the marked removal near the top of its pane
        const pane = document.querySelector('#original'), edit = pane.querySelector('.edit.wrong');
        pane.scrollTop += edit.getBoundingClientRect().top - pane.getBoundingClientRect().top - 80;
    }""")
    page.evaluate("window.scrollTo(0, 0)")
    shot = Path(os.environ.get("SCRAPECLEAN_SCREENSHOT") or tmp_path / "report.png")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000


def test_keyboard_deep_links_sorting_and_loss_filter(page: Any) -> None:
    # ``expect`` polls from playwright's side: ``wait_for_function`` polls with
    # the page's ``eval``, which the report's Content-Security-Policy refuses.
    from playwright.sync_api import expect

    first = page.inner_text("#doc-name")
    page.keyboard.press("j")
    assert page.inner_text("#doc-name") != first
    page.keyboard.press("k")
    assert page.inner_text("#doc-name") == first

    third = "seeds/003_d8a72e49605b674c.txt"
    page.goto(f"{page.report.as_uri()}#doc={third}&rule=layout/broken-line-title-name&edit=0")
    expect(page.locator("#doc-name")).to_have_text(re.compile(re.escape(third)))
    assert page.inner_text("#doc-name").startswith(third)
    assert shown_rules(page) == {"layout/broken-line-title-name"}
    assert page.get_attribute('#rule-table tr[data-rule="layout/broken-line-title-name"]', "class") == "selected"

    page.click('#rule-table th[data-key="edits"]')  # sort by edits, most first
    assert page.get_attribute("#rule-table tbody tr", "data-rule") == "canonical/paragraph"
    page.click('#rule-table th[data-key="edits"]')
    assert page.get_attribute("#rule-table tbody tr:last-child", "data-rule") == "canonical/paragraph"

    page.click('#rule-table tr[data-rule="layout/broken-line-title-name"]')  # clear the filter
    page.click('#gallery-body .rule-examples[data-rule="site/date-line"] a')  # an example opens its document
    # (through the address's hash: wait for the page to follow it, or this reads the old name)
    expect(page.locator("#doc-name")).to_have_text(re.compile("^" + re.escape(SEED_001)))
    assert page.inner_text("#doc-name").startswith(SEED_001)
    assert page.locator("#original .edit.flash").get_attribute("data-rule") == "site/date-line"
    page.click("#all-rules")
    page.fill("#min-lost", "10")
    names = page.eval_on_selector_all("#doc-list li[data-doc]", "els => els.map(e => e.title)")
    assert names == [SEED_001]  # the one seed that loses more than 10%


@pytest.mark.parametrize("page", [("--sample", "1", "--seed", "3")], indirect=True)
def test_a_gallery_example_outside_the_sample_can_be_marked(page: Any) -> None:
    block = lxml.html.fromstring(page.report.read_bytes()).xpath('//script[@id="data"]')[0].text
    data = json.loads(block)
    assert len(data["documents"]) == 1
    rule, example = next(
        (rule["id"], example) for rule, examples in zip(data["rules"], data["gallery"], strict=True)
        for example in examples if example["doc"] is None and not rule["id"].startswith("canonical/")
    )
    page.click(f'#rule-table tr[data-rule="{rule}"]')
    outside = page.locator("#gallery-body .example", has_text="not among the sampled documents").first
    outside.locator(".edit").click()
    exported = yaml.safe_load(page.input_value("#yaml"))
    assert list(exported) == [rule]
    index = [r["id"] for r in data["rules"]].index(rule)
    assert exported[rule][0]["keep"] in {e["keep"] for e in data["gallery"][index] if e["doc"] is None}
    assert example["name"] != data["documents"][0]["name"]

"""The five seed articles with every shipped rule: debris gone, content intact.

Snapshots freeze the whole output and provenance; the explicit assertions
below name each debris item of the SPEC catalogue and each kind of content
that must survive, so a snapshot update cannot quietly accept a regression.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner, restore
from cleaner.engine.ruleset import Ruleset

from .conftest import SEEDS, mojibake, seed_text

CLEANER = Cleaner()
BARE = Cleaner(ruleset=Ruleset([]))


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def cleaned(prefix: str) -> str:
    return CLEANER.clean(seed_text(prefix)).text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_snapshot(seed, snapshot) -> None:
    result = CLEANER.clean(seed.read_text(encoding="utf-8"), source=f"seeds/{seed.name}")
    assert result.text == snapshot(name="text")
    edits = [
        {"rule": e.rule, "steps": [s.rule for s in e.steps], "start": e.start, "end": e.end,
         "removed": e.removed, "inserted": e.inserted}
        for e in result.edits
    ]
    assert edits == snapshot(name="edits")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_round_trip_with_all_rules(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    result = CLEANER.clean(text)
    assert restore(result.text, result.edits) == text
    for edit in result.edits:
        assert text[edit.start : edit.end] == edit.removed


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_mojibake_seed_cleans_to_the_same_text(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    assert CLEANER.clean(mojibake(text)).text == CLEANER.clean(text).text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_cleaning_the_clean_output_changes_nothing(seed) -> None:
    once = CLEANER.clean(seed.read_text(encoding="utf-8")).text
    assert CLEANER.clean(once).text == once


# -- 001: every debris item of the catalogue ----------------------------------


def test_001_date_widget_is_gone() -> None:
    assert seed_text("001").startswith("Sat. Feb 22nd, 2025\n")
    assert "Sat. Feb 22nd" not in cleaned("001")


def test_001_slug_is_gone_and_headline_kept() -> None:
    out = cleaned("001")
    assert "alert-\u2013-furious" not in out and "-with-trump" not in out
    assert out.startswith(
        "Alert \u2013 Furious Kremlin says Keir Starmer\u2019s plan for 30,000-strong peacekeeping force"
        " in Ukraine using British troops is unacceptable and would pose a threat to Russia \u2013"
        " after PM backed Zelensky amid row with Trump\n\n"
    )


CAPTIONS_001 = [
    "Sir Keir Starmer is set to outline a proposal during a visit to Washington next week that would see "
    "Britain and France take responsibility for safeguarding Ukraine on the ground",
    "Ukrainian President Volodymyr Zelensky's relationship with Donald Trump is souring rapidly",
    "Rescuers of the State Emergency Service work to extinguish a fire in a building after a drone strike in Kharkiv",
    "Ukrainian soldiers of Khartya brigade receive training on shooting drones down in Kharkiv Oblast, "
    "Ukraine on February 18, 2025",
    "Tracers are seen in the night sky as Ukrainian servicemen fire at the drone during a Russian drone strike, "
    "amid Russia's attack on Ukraine, in Kyiv, Ukraine February 8, 2025",
    "An explosion of a drone is seen in the sky over the city during a Russian drone strike, amid Russia's "
    "attack on Ukraine, in Kyiv, Ukraine February 5, 2025",
]


@pytest.mark.parametrize("caption", CAPTIONS_001, ids=lambda c: c[:30])
def test_001_doubled_captions_are_gone(caption: str) -> None:
    original = paragraphs(seed_text("001"))
    assert original.count(caption) == 2
    assert caption not in paragraphs(cleaned("001"))


def test_001_no_paragraph_is_left_doubled() -> None:
    out = paragraphs(cleaned("001"))
    assert all(a != b for a, b in zip(out, out[1:], strict=False))


def test_001_content_paragraph_resembling_a_caption_stays() -> None:
    assert (
        "Sir Keir Starmer is set to outline a proposal during a visit to Washington next week that would see "
        "Britain and France take responsibility for safeguarding Ukraine on the ground, provided the US and "
        "other NATO countries provide air cover." in paragraphs(cleaned("001"))
    )


def test_001_read_more_widgets_are_gone() -> None:
    out = paragraphs(cleaned("001"))
    for debris in ["Read More", "EXCLUSIVE", "article image",
                   "Why IS Trump putty in Putin's hands? Rumours of Russian kompromat have been dismissed as 'fake news'"]:
        assert debris not in out
    assert not any(p.startswith("From 'missing billions'") for p in out)


def test_001_content_protection_message_and_lone_fragment_are_gone() -> None:
    out = paragraphs(cleaned("001"))
    assert "error: Content is protected !!" not in out
    assert "I" not in out
    assert out[-1].startswith("It remains to be seen how Article 5 will be implemented")


def test_001_no_break_space_lines_and_trailing_spaces_are_gone() -> None:
    out = cleaned("001")
    assert "\u00a0" not in out
    assert all(line == line.strip() for line in out.split("\n"))


def test_001_every_content_paragraph_is_intact() -> None:
    debris = {"Sat. Feb 22nd, 2025", "Read More", "EXCLUSIVE", "article image", "I", "error: Content is protected !!"}
    original = paragraphs(seed_text("001"))
    teasers = {p for p in original if p.startswith(("Why IS Trump putty", "From 'missing billions'"))}
    out = paragraphs(cleaned("001"))
    content = [
        p for p in original[2:]
        if p not in debris and p not in teasers and original.count(p) == 1
    ]
    assert len(content) == 38
    assert content == [p for p in out[1:]]


# -- 000, 002, 003, 004: nearly clean; no content may go ------------------------


def test_000_loses_only_its_trailing_blank_lines() -> None:
    original = seed_text("000")
    assert original.endswith("\n" * 12)
    assert paragraphs(cleaned("000")) == paragraphs(original)
    assert cleaned("000").endswith("attack on allied forces stationed in Ukraine.\n")


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_nearly_clean_seeds_lose_nothing(prefix: str) -> None:
    original = seed_text(prefix)
    result = CLEANER.clean(original)
    assert paragraphs(result.text) == paragraphs(original)
    assert {e.rule for e in result.edits} <= {"canonical/paragraph", "canonical/trim", "canonical/space"}


def test_002_list_items_stay_together() -> None:
    out = cleaned("002")
    assert (
        "- Troops would be strategically stationed away from the current front lines.\n"
        "- Deployment locations would include key urban areas" in out
    )


def test_003_hard_broken_line_is_joined() -> None:
    original = seed_text("003")
    assert "former US President\nDonald Trump has called on" in original
    out = cleaned("003")
    assert "He indicated that former US President Donald Trump has called on European countries" in out
    assert paragraphs(out) != paragraphs(original)
    assert " ".join(out.split()) == " ".join(original.split())


def test_003_join_is_attributed() -> None:
    result = CLEANER.clean(seed_text("003"))
    (join,) = [e for e in result.edits if e.rule.startswith("layout/")]
    assert join.rule == "layout/broken-line-title-name"
    assert seed_text("003")[join.start : join.end] == "\n"
    assert join.inserted == " "

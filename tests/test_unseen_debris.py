"""Debris in wordings the rules were not written from, in every shipped language.

``tests/data/unseen_debris.yaml`` holds, per language and per category of
issue 13 (teasers, separators, comment chrome, navigation, share and
newsletter calls, credits, consent, rating and shop widgets), lines written
to test the packs, and trap sentences that use the same words.  Each line is
cleaned inside a short article: the debris must go, the article and every
trap must stay.  A held-out set, written after the last rule change and
measured once, keeps the honest figure in view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cleaner import Cleaner

from .conftest import survives

DATA = yaml.safe_load((Path(__file__).parent / "data" / "unseen_debris.yaml").read_text(encoding="utf-8"))
FLOOR = 0.95  # issue 13's bar for debris in unseen wordings, per language



@pytest.mark.parametrize("language", sorted(DATA["debris"]))
def test_debris_in_unseen_wordings_goes(language: str) -> None:
    missed = {
        category: [line for line in lines if survives(line)] for category, lines in DATA["debris"][language].items()
    }
    total = sum(len(lines) for lines in DATA["debris"][language].values())
    removed = 1 - sum(map(len, missed.values())) / total
    assert removed >= FLOOR, f"{language}: {removed:.0%} removed; left: { {c: m for c, m in missed.items() if m} }"


# What the held-out set lost per language when it was measured (71-88% removed).
HELD_OUT_FLOOR = 0.70


# Set 6 (``held_out_6``), written before the third round of rules and measured
# at its start and at its end: 67-83% removed per language both times.  The
# fourth round widened the categories behind its misses (88-100% after), so
# it is no longer held out; the floor is that level.
HELD_OUT_6_FLOOR = 0.87

# Set 7 (``held_out_7``), written before the fourth round of rules and
# measured at its start (58-92% removed per language) and at its end (79-100%).
# The floor is the end level.
HELD_OUT_7_FLOOR = 0.79

# Set 8 (``held_out_8``: blog, CMS, forum and shop chrome, with categories of
# its own), written before the fifth round of rules and measured at its start
# (16-39% removed per language) and at its end (English 97%, the other
# languages 19-32%: that round wrote English rules only).  The eight other
# languages' rules were written at the same time by someone who never read the
# set; measured once after they were merged: de 90%, fr 94%, es 90%, it 87%,
# pt 87%, nl 87%, sv 81%, fi 71% (22 of 31).  The floors are those levels: English's, and
# the lowest of the other languages.
HELD_OUT_8_FLOOR = 0.70
HELD_OUT_8_ENGLISH_FLOOR = 0.96

# Set 9 (``held_out_9``: every category of issue 13, 42-46 lines per language,
# and ``traps_9``), written for the sixth round by someone who never read the
# rules or ran the cleaner.  Removed per language (en de fr es it pt nl sv fi):
# before the round 70 68 65 65 60 61 55 57 62%; after the rules of three
# engineers who never saw the set 70 70 70 70 67 66 60 62 67%; after rows of
# items (which the lead built having seen the set's misses: 59 of 129 were
# rows) 76 75 77 79 79 77 69 71 81%; after the English round (written without
# the set) English 89%.  Every trap stayed each time.  The floors are the end
# levels: English's, and the lowest of the other languages.  After the eighth
# and ninth rounds (written without the set): 98 100 98 98 98 98 100 95 98%.
HELD_OUT_9_FLOOR = 0.95
HELD_OUT_9_ENGLISH_FLOOR = 0.97

# Set 10 (``held_out_10``: the same categories, 52-53 lines per language, rows
# of items in every language, and ``traps_10``), written for the seventh round
# by someone who never read the rules or set 9, nor ran the cleaner.  Removed
# per language (en de fr es it pt nl sv fi): before the round 75 67 70 67 67 65
# 67 65 67%; after the lead's changes to rows of items and to line joins (written
# before the set's misses were looked at) 77 75 77 69 75 71 77 73 75%; after the
# rules of three engineers who never saw the set 81 90 89 85 85 85 94 87 85%.
# Every trap stayed each time.  The floors are the end levels, rounded down:
# English's (43 of 53), and the lowest of the other languages (44 of 52).  The
# eighth round's categories were drawn from the set's misses; after it and the
# ninth: 98 98 96 94 94 94 100 94 98%.
HELD_OUT_10_FLOOR = 0.94
HELD_OUT_10_ENGLISH_FLOOR = 0.98

# Sets 11 and 12 (``held_out_11``, ``held_out_12``: the same categories, 52-56
# lines per language, with traps), written for the eighth round by two people
# who never read the rules or the earlier sets, nor ran the cleaner.  Removed
# per language (en de fr es it pt nl sv fi):
# set 11: before the eighth round 82 77 83 80 89 93 83 80 83%; after it (rules
#   by three engineers who never saw the set) 86 79 89 85 91 94 87 85 91%;
#   after the ninth round, whose categories were drawn from its misses,
#   95 85 93 89 96 98 94 89 94%.
# set 12: before the eighth round 88 85 84 89 91 83 87 83 92%; after it
#   93 87 89 91 94 89 92 90 96%; after the ninth 95 87 89 92 94 89 92 90 96%;
#   after the bracketed-teaser and meta-tail rounds 98 87 89 94 94 89 92 90 96%.
# The tenth round (forum and comment chrome; calls, widgets, credits and
# navigation) drew its categories from both sets' misses, which the lead
# quoted to the engineers who wrote it, so neither set is blind any more:
# after it, set 11 98 94 100 100 100 100 100 98 100%, set 12 100 96 98 98 100
# 92 100 98 98%.
# Every trap stayed each time.  The floors are the end levels, rounded down:
# English's, and the lowest of the other languages.
HELD_OUT_11_FLOOR = 0.94
HELD_OUT_11_ENGLISH_FLOOR = 0.98
HELD_OUT_12_FLOOR = 0.92
HELD_OUT_12_ENGLISH_FLOOR = 1.0

# Set 13 (``held_out_13``: the same categories, 55 lines per language, with 10
# traps each), written before the tenth round by someone who never read the
# rules or the earlier sets, nor ran the cleaner, and read by nobody who wrote
# rules.  Removed per language (en de fr es it pt nl sv fi): before the tenth
# round 91 87 82 84 85 89 93 89 89% (87.7% in all); after it 91 91 85 84 85 91
# 93 91 89% (88.9%).  Every trap stayed both times.
HELD_OUT_13_FLOOR = 0.83
HELD_OUT_13_ENGLISH_FLOOR = 0.9

# Set 14 (``held_out_14``: debris written as list items and comment action
# bars, and paywall calls, 35 lines per language; ``traps_14``: 40 sentences
# per language, list items and headings that use the same words), written by
# someone who never read the rules nor ran the cleaner, for the eleventh round
# (comment action bars, paywalls).  The first part's brief named two of its
# shapes ("- Read more: …", "Like · Reply · 3h"), so it is not blind; the
# paywall part is.  Paywall lines removed in all before the round 30%, after
# its first rules (written before the set) 38%, after they were widened from
# the set's misses 69%.  Before the round, a comment bar that no rule took
# ("J'aime · Répondre · … · 1 an") was joined into the next paragraph.  A
# line pattern that also took list items was tried and reverted (it took
# real lists: "- YouTube", "- AP"), so bulleted debris mostly stays; after
# the round, every language: 63 71 71 69 74 69 63 57 66%.  Every trap stayed.
# In the twelfth round drop-line took a bulleted item of three words or more
# as a line of its own (an item of a word or two stays a list's): 83 83 89 83
# 91 89 80 77 74%, every trap still kept.  The floors are those levels, rounded down.
HELD_OUT_14_FLOOR = 0.74
HELD_OUT_14_ENGLISH_FLOOR = 0.82

# Set 15 (``held_out_15``: paywall and subscription offers with a price, 15
# lines per language, and teasers for other articles that end with a tag in
# capitals, "[VIDEO]", "(FOTOS)", 12; ``traps_15``: 30 sentences per
# language about prices and subscriptions, capitals in brackets that are
# content, list items and headings), written for the twelfth round by someone
# who never read the rules nor ran the cleaner.  Offers removed before the
# round: English, German, Spanish 7%, the others none; by the round's first
# rules, written before the set was read (the English one by the rule's
# author, the others by helpers who never read it): en 60, de 53, fr 47, es
# 47, it 60, pt 33, nl 40, sv 33, fi 27%; after the rules were widened from
# the set's misses, all; after a review narrowed them (a sentence that quotes
# an offer and goes on, "…, the company confirmed.", stays; so does an offer
# of a gym or a museum), all but one German and one Italian line.  Tagged
# teasers: English 8% before, the others none; all once widened; 25-33% after
# the review left only media and tabloid teaser tags (VIDEO, PHOTOS, GALLERY,
# INSIGHT …): ANALYSIS, LIVE, MAP, TEST, OPINION also head sections, mark
# songs and cite cases.  Every trap stayed each time.  Set 15 now: en 70%, de
# 63, fr 67, es 70, it 67, pt 70, nl 70, sv 70, fi 70%; the floors are those.
HELD_OUT_15_FLOOR = 0.62
HELD_OUT_15_ENGLISH_FLOOR = 0.7

# Set 16 (``held_out_16``: issue 13's eight categories in the second- and
# third-most-common wordings real sites use, 8 lines per category and
# language; ``traps_16``: 30 sentences, headings, list items and attributions
# per language that use the same words), written for the thirteenth round by
# someone who never read the rules nor ran the cleaner.  Measured once before
# the round: en 95, de 92, fr 86, es 89, it 92, pt 88, nl 94, sv 92, fi 88%
# (widgets 75%, consent 85%, teasers 89%, comment chrome 90%).  The round's
# rules were then written for the categories of its misses (sort menus,
# consent headlines and buttons, helpfulness votes, stock and delivery lines,
# video and drawing credits, messaging channels, bare teaser labels, login
# pairs, share calls after a question), in every language by helpers who did
# not read the set, and narrowed after a review: en 100, de 98, fr 98, es 98,
# it 100, pt 98, nl 100, sv 100, fi 95%.  Left on purpose: "We recommend"
# ("Te recomendamos", "Suosittelemme", a buying guide's heading), a news tag
# before a headline ("VIDÉO - …", often an article's own title) and a forum
# name before "wrote:" without a date ("Matti_V kirjoitti:").  Every trap
# stayed each time.  The floors are those levels, rounded down.
HELD_OUT_16_FLOOR = 0.95
HELD_OUT_16_ENGLISH_FLOOR = 1.0

# Set 17 (``held_out_17``: the eight categories in the fourth- to sixth-most-
# common wordings, with the decorations sites add: arrows, crosses, emoji,
# counts, capitals; ``traps_17``: 30 lines per language), written for the
# fourteenth round by someone who never read the rules nor ran the cleaner.
# Measured once before the round: en 58, de 70, fr 70, es 70, it 66, pt 75,
# nl 70, sv 67, fi 66% (navigation 36%, teasers 61%, share calls 62%, consent
# and widgets 65%).  The round taught drop-line to read a decorated line's
# words ("💬 Add a comment", "Close menu ✕") and wrote rules for the
# categories of its misses in every language (English by hand, the others by
# helpers who did not read the set: teaser-strip labels, menu toggles, jump
# and back links, pagination rows with bars or dots, RSS, push-notification
# and Google News calls, stock-site and agency credits, consent headings,
# buttons and sentences, polls with their results, updated-ago stamps), then
# narrowed them after a review: en 100, de 98, fr 97, es 100, it 97, pt 98,
# nl 98, sv 94, fi 91%.  Left on purpose: labels that also head a buying
# guide's pick or a tip ("Aanrader:", "Recomendamos:", "Kannattaa lukea:").
# Every trap stayed each time.
HELD_OUT_17_FLOOR = 0.9
HELD_OUT_17_ENGLISH_FLOOR = 1.0

# Set 18 (``held_out_18``: the eight categories in the most common wordings,
# as they come out of a real page: the site's or paper's name inside, counts,
# dates, case and punctuation variants, a bullet or an arrow, two items on one
# line; ``traps_18``: 30 lines per language), written for the fifteenth round
# by someone who never read the rules nor ran the cleaner.  Measured once
# before the round: en 83, de 70, fr 78, es 84, it 70, pt 80, nl 72, sv 72,
# fi 72% (teasers 60%, widgets 62%, comments and consent 67%).  The round
# wrote rules for the categories of its misses in every language (English by
# hand, the others by helpers who did not read the set: block labels with the
# site's name, comment chrome with counts, dates and users, WhatsApp channels
# and app downloads, pay-or-consent buttons, helpful votes with their counts,
# shop lines), then narrowed them after a review (breadcrumbs led by any
# capitalised name took menu paths and routes, "Mehr aus dem Interview" went):
# en 100, de 92, fr 94, es 95, it 95, pt 95, nl 95, sv 95, fi 86% (a star row
# with its score, "★★★★★ 5/5", stays: a critic's verdict looks the same).  Every
# trap stayed each time.
HELD_OUT_18_FLOOR = 0.85
HELD_OUT_18_ENGLISH_FLOOR = 1.0

# Set 20 (``held_out_20``: the eight categories in the second- to sixth-most-
# common wordings, 6 lines per category and language; ``traps_20``: 20 lines
# per language), written for the seventeenth round by someone who never read
# the rules nor ran the cleaner.  Measured once before the round: en 98, de 94,
# fr 96, es 96, it 94, pt 98, nl 98, sv 98, fi 96% (consent 85%: a pay-or-
# consent wall's one-line call, "accept cookies or subscribe …", in every
# language; credits 91%: agencies of the other languages' press with a slash,
# "EFE/…", "(ANSA/…)", "© imago images/…").  Every trap stayed but "Print", a
# lone share word that the text's first four lines hold (a share bar there;
# lower down it is a subheading and stays, tests/test_quality.py).  The round
# wrote consent/pay-or-consent in every language (English by hand, the others
# by helpers who did not read the set) and the agencies into
# credit/agency-line: en 100, de 98, fr 98, es 100, it 100, pt 98, nl 100,
# sv 100, fi 98%.  Left: ". . ." (three spaced dots may be a pause in
# dialogue), and three wall calls in wordings the rules were not written for.
HELD_OUT_20_FLOOR = 0.97
HELD_OUT_20_ENGLISH_FLOOR = 1.0

# Set 21 (``held_out_21``: ten categories, among them browser notices, sponsor
# labels and footers and widgets, 4 lines per category and language;
# ``traps_21``: 30 content lines per language that use debris words), written
# for the next round (its rules say "Round 17") by someone who never read the
# rules.  Measured
# once before the round: en 33, de 32, fr 31, es 36, it 33, pt 35, nl 34,
# sv 32, fi 34 of 40 (83% in all: ad-blocker and outdated-browser notices,
# rating widgets with a count and a price, "Sponsored content by <Brand>",
# log-in walls and first-month offers went in no language).  The round
# (helpers who did not read the set) wrote those categories into every
# pack's status/javascript-disabled, widget/rating, boilerplate/advertisement,
# subscribe/paywall and subscribe/offer: en 38, de 37, fr 36, es 39, it 37,
# pt 38, nl 37, sv 36, fi 37 (93%).  Left: "Updated: <date>" lines (an
# article's own date line stays, tests/test_quality.py), a cookie banner's
# button row, a few sponsor and credit wordings.  Every trap stayed, before
# and after, in both profiles.
HELD_OUT_21_FLOOR = 0.90
HELD_OUT_21_ENGLISH_FLOOR = 0.95
# Set 22 (``held_out_22``: ten categories, among them player and gallery
# chrome, 4 lines per category and language; ``traps_22``: 30 content lines
# per language that use debris words), written for round 18 by three people
# who never read the rules nor ran the cleaner.  Measured once before the
# round: en 34, de 35, fr 34, es 39, it 37, pt 37, nl 39, sv 37, fi 36 of 40
# (91% in all; player and gallery chrome 23 of 36, newsletter calls that do
# not say "newsletter" 29 of 36).  The round (helpers who did not read the
# set, given the categories of its misses) wrote widget/media-player in
# every pack, newsletter reassurances and form labels, shop rows, poll
# buttons, arrows between a teaser's label and its headline, "by continuing
# to browse you accept their use", channel calls, © credits and a language
# switcher: en 40, de 39, fr 39, es 40, it 40, pt 40, nl 40, sv 39, fi 39
# (99%).  Every trap stayed, before and after, in both profiles, but for the
# bare word for "Comments" (a line in eight languages), left out of
# ``traps_22``: the writers gave it as a section heading; the en, de, fr, es
# and it packs take it anywhere as the header of a comment thread, which in
# a page it almost always is (nl, sv and fi keep it).
HELD_OUT_22_FLOOR = 0.95
HELD_OUT_22_ENGLISH_FLOOR = 0.97
# Set 23 (``held_out_23``: ten categories, among them account and log-in
# chrome and reader tools, 4 lines per category and language; ``traps_23``:
# 30 content lines per language that use debris words), written for round 19
# by three people who never read the rules nor ran the cleaner.  Measured
# once before the round: en 37, de 33, fr 35, es 36, it 32, pt 35, nl 32,
# sv 32, fi 34 of 40 (85% in all; account chrome 20 of 36, newsletter calls
# without the word 24 of 36, reader tools 28 of 36).  The round (helpers who
# did not read the set, given the categories of its misses) wrote account
# chrome, one-line section menus, inbox promises and form prompts, comment
# moderation notices, read-aloud/translate/save tools, cookie button rows,
# messaging-channel calls naming the site and courtesy credits in every
# pack, and agency pairs ("TT-AFP"): en 40, de 39, fr 38, es 40, it 38,
# pt 40, nl 37, sv 37, fi 39 (97%).  Four of the twelve left are an article's
# own "Published … · Updated <date>" line, which stays on purpose
# (tests/test_quality.py).  Every trap stayed, before and after, in both
# profiles.
HELD_OUT_23_FLOOR = 0.92
HELD_OUT_23_ENGLISH_FLOOR = 0.97


# Set 24 (``held_out_24``: ten categories written for round 22, 4 lines per
# category and language: recipe-card, podcast, Wikipedia, error-message,
# affiliate, author-box, event-listing and article-tool chrome, comment
# pagination and footer legal lines; ``traps_24``: 30 content lines per
# language but for three, see test_a_labelled_author_is_a_byline_only_near_the_top),
# written by three people who never read the rules nor ran the cleaner.
# Measured once before the round: en 19, de 13, fr 16, es 18, it 16, pt 18,
# nl 15, sv 14, fi 14 of 40 (40% in all: Wikipedia, author-box and event
# chrome 2 of 36 each, error messages 12, podcast and affiliate lines 13).
# The round (helpers who did not read the set, given its categories) wrote
# widget/recipe-card, navigation/wiki-chrome, credit/author-box,
# widget/event-listing, footer/legal-line and shop/affiliate-link in every
# pack and widened the media-player, loading and site-tools rules; a review
# then narrowed them where they took content (a Wikipedia notice's words in
# a sentence, ticket prices at a box office, "Did you make this recipe?"
# alone, "Site by the River", a price table's date, a court report's
# register line): en 39, de 34, fr 34, es 39, it 35, pt 36, nl 38, sv 35,
# fi 33 (90%).  Left on purpose: bare "Get directions", "Route planen",
# "Cómo llegar" (headings too).  Every trap stayed, before and after, in both profiles.
HELD_OUT_24_FLOOR = 0.82
HELD_OUT_24_ENGLISH_FLOOR = 0.97

# Set 25 (``held_out_25``: issue 13's own categories again, written for round
# 23: teasers, separators, comment and forum chrome, navigation, newsletter,
# share and follow calls, credits, cookie sentences, rating and price
# widgets; 4 lines per category and language; ``traps_25``: 30 content lines
# per language), written by three people who never read the rules nor ran
# the cleaner.  126 of its 360 debris lines repeat a line of an earlier set
# word for word (36 of them separators).  Measured once before the round: en
# 35, de 37, fr 39, es 39, it 37, pt 37, nl 38, sv 38, fi 37 of 40 (94%; 90%
# of the 234 lines no earlier set has).  The round (helpers who did not read
# the set, given the categories of its misses) wrote comment calls with their
# count, comment sort and filter bars, rows of forum post buttons, forum
# thanks lines, dangling share labels ("Share this on"), "cookies help us
# deliver our services" notices, star ratings with a score and a count,
# was/now prices, free sign-up calls and rate-this calls in every pack, and
# bracketed teasers ("(Lesen Sie auch: …)") in seven: en 40, sv 38 and 39
# of 40 in the seven others (97.5%).  Left on purpose: a forum profile's location
# alone ("Wohnort: Bielefeld", "Località: Bologna", in eight languages; in a
# listing or an interview box it is content, see forum/profile-line/<lang>)
# and "Reg: mar 2012" (a car's first registration reads the same).  Every
# trap stayed, before and after, in both profiles.
HELD_OUT_25_FLOOR = 0.95
HELD_OUT_25_ENGLISH_FLOOR = 0.97

# Per held-out set: (English's floor, the other languages').
FLOORS = {
    "held_out": (HELD_OUT_FLOOR, HELD_OUT_FLOOR),
    "held_out_6": (HELD_OUT_6_FLOOR, HELD_OUT_6_FLOOR),
    "held_out_7": (HELD_OUT_7_FLOOR, HELD_OUT_7_FLOOR),
    "held_out_8": (HELD_OUT_8_ENGLISH_FLOOR, HELD_OUT_8_FLOOR),
    "held_out_9": (HELD_OUT_9_ENGLISH_FLOOR, HELD_OUT_9_FLOOR),
    "held_out_10": (HELD_OUT_10_ENGLISH_FLOOR, HELD_OUT_10_FLOOR),
    "held_out_11": (HELD_OUT_11_ENGLISH_FLOOR, HELD_OUT_11_FLOOR),
    "held_out_12": (HELD_OUT_12_ENGLISH_FLOOR, HELD_OUT_12_FLOOR),
    "held_out_13": (HELD_OUT_13_ENGLISH_FLOOR, HELD_OUT_13_FLOOR),
    "held_out_14": (HELD_OUT_14_ENGLISH_FLOOR, HELD_OUT_14_FLOOR),
    "held_out_15": (HELD_OUT_15_ENGLISH_FLOOR, HELD_OUT_15_FLOOR),
    "held_out_16": (HELD_OUT_16_ENGLISH_FLOOR, HELD_OUT_16_FLOOR),
    "held_out_17": (HELD_OUT_17_ENGLISH_FLOOR, HELD_OUT_17_FLOOR),
    "held_out_18": (HELD_OUT_18_ENGLISH_FLOOR, HELD_OUT_18_FLOOR),
    "held_out_20": (HELD_OUT_20_ENGLISH_FLOOR, HELD_OUT_20_FLOOR),
    "held_out_21": (HELD_OUT_21_ENGLISH_FLOOR, HELD_OUT_21_FLOOR),
    "held_out_22": (HELD_OUT_22_ENGLISH_FLOOR, HELD_OUT_22_FLOOR),
    "held_out_23": (HELD_OUT_23_ENGLISH_FLOOR, HELD_OUT_23_FLOOR),
    "held_out_24": (HELD_OUT_24_ENGLISH_FLOOR, HELD_OUT_24_FLOOR),
    "held_out_25": (HELD_OUT_25_ENGLISH_FLOOR, HELD_OUT_25_FLOOR),
}
# The held-out sets written with trap sentences of their own, and their traps.
OWN_TRAPS = {f"held_out_{n}": f"traps_{n}" for n in (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25)}


@pytest.mark.parametrize(
    ("held_out", "language", "floor"),
    [
        (name, language, english if language == "en" else other)
        for name, (english, other) in FLOORS.items()
        for language in sorted(DATA[name])
    ],
)
def test_debris_in_held_out_wordings_stays_at_its_measured_level(held_out: str, language: str, floor: float) -> None:
    lines = [line for by_category in DATA[held_out][language].values() for line in by_category]
    left = [line for line in lines if survives(line)]
    assert 1 - len(left) / len(lines) >= floor, f"{held_out} {language}: left {left}"


@pytest.mark.parametrize(
    ("traps", "language"),
    [(name, language) for name in ("traps", *OWN_TRAPS.values()) for language in sorted(DATA[name])],
)
def test_trap_sentences_stay(traps: str, language: str) -> None:
    assert [trap for trap in DATA[traps][language] if survives(trap) is False] == []


def test_every_category_is_written_in_every_language() -> None:
    categories = set(DATA["debris"]["en"])
    assert all(set(by_category) == categories for by_category in DATA["debris"].values())
    held_out = ("held_out", "held_out_6", "held_out_7")
    assert all(set(DATA[name]) == set(DATA["traps"]) == set(DATA["debris"]) for name in held_out)
    assert all(set(by_category) == categories for name in held_out for by_category in DATA[name].values())
    for held_out, traps in OWN_TRAPS.items():
        own = set(DATA[held_out]["en"])
        assert set(DATA[held_out]) == set(DATA[traps]) == set(DATA["debris"])
        assert all(set(by_category) == own for by_category in DATA[held_out].values())


# Written as traps for set 24 (a book's author in a review's fact box).  A labelled name
# among a text's first lines is a byline (boilerplate/byline/<lang>, first six lines) and
# goes; lower down it stays.
@pytest.mark.parametrize("line", ["Autor: Javier Cercas", "Autore: Elena Ferrante", "Autor: Itamar Vieira Junior"])
def test_a_labelled_author_is_a_byline_only_near_the_top(line: str) -> None:
    cleaner = Cleaner()
    paragraphs = [f"Paragraph {n} of the review tells the story of the novel." for n in range(1, 9)]
    assert line not in cleaner.clean("\n\n".join([paragraphs[0], line, *paragraphs[1:]])).text
    assert line in cleaner.clean("\n\n".join([*paragraphs, line, "The novel is out now."])).text

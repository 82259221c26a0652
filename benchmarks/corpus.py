"""A deterministic benchmark corpus made from the seed articles.

Documents are built from the seeds' paragraphs, shuffled and mixed, with
debris of every kind the shipped rule packs handle inserted, captions doubled,
paragraphs hard-broken, CRLF / no-break-space / NFD noise, and about one
document in ten turned into mojibake (UTF-8 read as Windows-1252).  The same
seed always gives the same corpus.

The seeds hold only about a hundred paragraphs, and a real corpus does not
repeat its article text from one document to the next (only its debris), so
each paragraph drawn has a few of its lower-case words swapped: the same
length, characters and shape, but a line not seen before.  Without this, a
cleaner that remembers lines it has judged would be measured on a corpus
made for it.
"""

from __future__ import annotations

import gzip
import json
import random
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

ROOT = Path(__file__).resolve().parent.parent
# Raised whenever the documents generated change, so a corpus written to disk
# by an older generator is not reused.
VERSION = 2

# One or more lines each; "{}" in a caption line is filled with a paragraph start.
DEBRIS = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "We use cookies to improve your experience on our site. By continuing, you agree to our use of cookies.",
    "Accept all cookies",
    "Share this article\nFacebook Twitter Email Print",
    "Follow us on Twitter and Facebook for the latest news.",
    "Sign up for our daily newsletter and get the news straight to your inbox.",
    "Enter your email address\nSubscribe",
    "Click here to read more",
    "Continue reading",
    "Read more",
    "Photo: Getty Images",
    "AFP via Getty Images",
    "Loading…",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Related articles\nStarmer heads to Washington\nWhat is the coalition of the willing?",
    "Read More\nEXCLUSIVE\nWhy the envoy's visit matters\narticle image",
    "Alert: Content is protected !!",
    "I",
]
TOP_DEBRIS = ["Sat. Feb 22nd, 2025", "Saturday, March 1, 2025", "By Jane Smith, Political Editor"]
BOTTOM_DEBRIS = ["error: Content is protected !!", "© 2025 Example News Group. All rights reserved."]


def _seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if len(line.strip()) > 60:
                paragraphs.append(line.strip())
    return paragraphs


PARAGRAPHS = _seed_paragraphs()


def _varied(rng: random.Random, paragraph: str) -> str:
    """``paragraph`` with three pairs of its lower-case words swapped."""
    words = paragraph.split(" ")
    plain = [k for k, word in enumerate(words) if word.isalpha() and word.islower()]
    if len(plain) >= 2:
        for _ in range(3):
            i, j = rng.sample(plain, 2)
            words[i], words[j] = words[j], words[i]
    return " ".join(words)


def _paragraph(rng: random.Random) -> str:
    return _varied(rng, rng.choice(PARAGRAPHS))


def _noisy(rng: random.Random, paragraph: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return paragraph.replace(" ", "\u00a0 ", 1) + "\u00a0 "
    if roll < 0.12:
        return unicodedata.normalize("NFD", paragraph)
    if roll < 0.16:
        words = paragraph.split(" ")
        cut = len(words) // 2
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])  # hard-broken
    if roll < 0.18:
        return paragraph + " (Photo: Getty Images)"
    return paragraph


def make_document(rng: random.Random, target_chars: int, mojibake: bool = False, crlf: bool | None = None) -> str:
    """One article of about ``target_chars`` characters (CRLF line ends for one in ten, unless ``crlf`` says)."""
    lines: list[str] = [rng.choice(TOP_DEBRIS)]
    headline = _paragraph(rng)[:90].rstrip(" ,.")
    slug = "-".join(w.lower().strip(",.'\u2019") for w in headline.split()[:8])
    lines.append(slug + headline if rng.random() < 0.3 else headline)
    size = sum(len(x) for x in lines)
    while size < target_chars:
        roll = rng.random()
        if roll < 0.12:
            piece = rng.choice(DEBRIS)
        elif roll < 0.17:
            caption = _paragraph(rng)[:110].rstrip(" ,.")
            piece = caption + "\n\n" + caption
        else:
            piece = _noisy(rng, _paragraph(rng))
        lines.append(piece)
        size += len(piece) + 2
    lines.append(rng.choice(BOTTOM_DEBRIS))
    separator = "\r\n\r\n" if (rng.random() < 0.1 if crlf is None else crlf) else "\n\n"
    text = separator.join(lines) + "\n" * rng.randint(1, 6)
    if mojibake:
        text = text.encode("utf-8").decode("sloppy-windows-1252")
    return text


def documents(count: int, mean_chars: int = 6000, seed: int = 1) -> list[str]:
    """``count`` documents of varied size; about 10% are mojibake."""
    rng = random.Random(seed)
    return [
        make_document(rng, int(rng.uniform(0.3, 1.7) * mean_chars), mojibake=rng.random() < 0.1)
        for _ in range(count)
    ]


def sized_document(target_bytes: int, seed: int = 2) -> str:
    """One document of about ``target_bytes`` UTF-8 bytes, the same mix at every size
    (LF line ends, no mojibake), so that time per MB compares like with like."""
    return make_document(random.Random(seed), int(target_bytes / 1.02), crlf=False)


def jsonl_records(target_bytes: int, seed: int = 3) -> Iterator[bytes]:
    rng = random.Random(seed)
    written = 0
    number = 0
    while written < target_bytes:
        text = make_document(rng, int(rng.uniform(0.3, 1.7) * 6000), mojibake=rng.random() < 0.1)
        line = (json.dumps({"id": number, "url": f"https://example.com/{number}", "text": text},
                           ensure_ascii=False) + "\n").encode("utf-8")
        written += len(line)
        number += 1
        yield line


def write_jsonl(path: Path, target_bytes: int) -> Path:
    """Write (once) a JSONL corpus of at least ``target_bytes`` bytes."""
    if path.exists() and path.stat().st_size >= target_bytes:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wb") as out:
        for line in jsonl_records(target_bytes):
            out.write(line)
    return path

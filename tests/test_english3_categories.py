"""The English debris categories of the third round, each written whole, and content that shares their words.

``DEBRIS`` holds, per category of the round's brief (teaser labels with
other marks, comment chrome, forum profile lines, newsletter calls, consent
buttons and legal links, widgets, blog footers, photo credits, share labels
and back-to-top links, separator lines of any symbol), lines in wordings
that are not the rules' own examples: each is cleaned alone between two
article paragraphs and must go.  ``TRAPS`` are sentences, headings and
short lines that use the same words or symbols as content and must stay:
for separators, the lines the rule's description names (a reply of "?" or
"…", emoticons, emoji, a currency sign, a table's header rule).
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner

from .conftest import survives

CLEANER = Cleaner()

DEBRIS: dict[str, list[str]] = {
    "teaser": [
        "READ MORE → Flood defences fail in the north",
        "Read more » Flood defences fail in the north",
        "Related — Flood defences fail in the north",
        "▶ See also: Flood defences fail in the north",
        "➜ Read more: Flood defences fail",
        "Learn more: How the ceasefire talks broke down",
        "More on this topic: How the ceasefire talks broke down",
        "You may also be interested in: How the talks broke down",
        "Read also → Ten towns where rents fell",
        "Related story → Ten towns where rents fell",
        "Top Stories → Ten towns where rents fell",
        "Further reading » Ten towns where rents fell",
    ],
    "comments": [
        "Leave a reply Cancel reply",
        "Post a Comment Cancel reply",
        "Reply | Quote",
        "Quote | Reply | Report",
        "Reply (12) · Report abuse",
        "There are no comments yet. Be the first to comment!",
        "Be the first to leave a comment",
        "No replies yet.",
        "Comments for this story are now closed.",
        "The comment section for this article has been closed.",
        "This thread is closed for new replies.",
        "Commenting is currently disabled.",
        "Report this comment as inappropriate",
    ],
    "forum": [
        "Joined: Oct 2012 | Posts: 1,204 | Location: Leeds",
        "Posts: 41 | Reputation: 12",
        "Member since March 2012 | Location: Texas",
        "Join Date: Mar 2010 Location: Ohio Posts: 450",
        "Location: Perth, WA · Joined: Jan 2019",
        "Gender: Female | Age: 29 | Posts: 88",
        "Thanks given: 12 · Thanks received: 40",
    ],
    "newsletter": [
        "Yes, I would like to get your newsletter.",
        "Sign me up for the weekly newsletter.",
        "Yes, please send me the free newsletter. I can unsubscribe at any time.",
        "The Evening Digest: the day's news in five minutes, delivered to your inbox.",
        "Our weekly newsletter: the best long reads, every Sunday.",
        "Stay up to date: subscribe to our newsletter.",
        "Keep up to date: sign up for our e-mail alerts.",
        "Newsletter: subscribe now for free",
        "Sign up free to our daily briefing",
    ],
    "consent": [
        "Accept all | Only necessary | Settings",
        "Reject all · Accept all · Manage options",
        "Allow all / Deny / Preferences",
        "Save preferences",
        "Confirm choices",
        "Only essential",
        "Accept only necessary cookies",
        "Legal notice",
        "Privacy policy · Cookie policy · Disclaimer · Accessibility statement · Imprint · Terms",
    ],
    "widgets": [
        "Most read articles of the week",
        "Today's most read",
        "This week's most shared stories",
        "Most viewed this month",
        "The most-read articles of the day",
        "49,90 € incl. VAT",
        "€ 34.90 VAT included – Add to cart",
        "£12.50 excl. VAT",
        "$89.00 plus shipping",
        "Our price: $59.99 + tax",
        "or 6 monthly payments of £8.33",
        "Pay in 3 interest-free instalments of £10.00 with Klarna",
        "In stock - usually dispatched within 2 days",
        "Download our app for iOS and Android",
        "Get the app and read wherever you are",
        "Available on the App Store and Google Play",
        "Download the free app today",
    ],
    "blog": [
        "Posted by Jane Smith at 14:32 4 comments",
        "Posted by Anna at 08:15 No comments:",
        "Posted by Jane Smith at 21:07 12 comments Email ThisBlogThis!Share to Twitter",
        "Posted by Jane Smith at 21:07",
        "Published by Jane Smith on June 5, 2014 in Recipes | 7 Comments",
        "By Jane Smith on June 5, 2014 in News | 7 comments",
    ],
    "credits": [
        "Archive photo: John Smith/AP",
        "Archive picture: AFP",
        "Illustration image: Shutterstock",
        "File photo: Reuters",
        "Stock photo (iStock)",
        "Illustrative image",
        "(File photo)",
        "[Stock image]",
        "Featured image: Unsplash",
        "Image © iStock",
        "Photo by Jo Doe on Unsplash",
        "Image by pasja1000 from Pixabay",
    ],
    "share": [
        "Share: Facebook Twitter WhatsApp Telegram",
        "Share this article: Facebook Twitter Email",
        "Share on: Facebook | X | LinkedIn",
        "Share this story: Facebook · Twitter · Email",
        "Share post: Facebook, Pinterest, Email",
        "Share on Facebook · Share on X · Share on WhatsApp",
        "Back to top ↑",
        "Back to the top ↑",
        "Go to top ⇧",
        "Scroll to top ⬆️",
        "To top ↑",
        "Top of page ↑",
        "🔝 Back to top",
    ],
    "separator": [
        "❖ ❖ ❖",
        "▬▬▬▬▬",
        "≡≡≡≡",
        "✱ ✱ ✱",
        "⁂",
        "◆◇◆",
        "~*~*~",
        "| — | — |",
        "❧",
        "◈◈◈",
        "* ~ *",
        "✦ ✦ ✦",
        "•••",
        "+---+---+",
        "♦♦♦",
        "°°°°",
        "×",
        "✕",
        "⸻",
        "·:·:·",
        "☙ ❧",
        "▒▒▒▒",
        "——————",
        "※",
    ],
}

TRAPS: list[str] = [
    # teaser
    "Learn more: that was the advice the teachers gave.",
    "Related – and just as important – is the cost of rent.",
    "More on this topic later, the minister said.",
    "Previously: the council had rejected the plan twice.",
    "Read more – and you will understand why, she said.",
    # comments
    "Reply",
    "Quote",
    "No comments yet from the minister, her office said.",
    "Comments are closed during the election, the paper explained.",
    "The comment function is closed on weekends, the moderators said.",
    "Be the first to comment on the plans, the mayor urged residents.",
    "This thread is closed, the detective told the family.",
    "Leave a reply at the front desk, the note said.",
    # forum
    "Location: Leeds",
    "Age: 42",
    "Location: Leeds · Age: 42",
    "Gender: Female | Age: 29",
    "Posts: the council has 41 of them to fill.",
    "Joined: the two unions merged in 2012.",
    # newsletter
    "The newsletter was sent to 3,000 members last year.",
    "Stay informed: the council publishes its minutes online.",
    "Yes, I want to go home, she said.",
    "Sign up free for the course before Friday, the college said.",
    "Our newsletter editor retired in May.",
    "The morning briefing: ministers met every day that week, the inquiry heard.",
    # consent
    "Settings",
    "Disclaimer",
    "Deny",
    "I agree",
    "Accept all of it, she told the court.",
    "Only necessary repairs will be made, the landlord said.",
    "Privacy policy changes were announced on Monday.",
    # widgets
    "The price is €34.90 incl. VAT, the shop said.",
    "$24.99",
    "Most read articles of the week were about the floods.",
    "Today's most read author is from Leeds.",
    "Get the app working again, engineers were told.",
    "Available on the App Store since 2012, the game is still popular.",
    "Or 3 instalments of €11.63 a month, the judge ruled, until the debt is paid.",
    # blog
    "Posted by Jane Smith at 14:32, the message reached thousands.",
    "June 5, 2014",
    "By 14:32 4 comments had been posted, the moderator said.",
    # credits
    "Archive image: the photograph shows the town in 1920.",
    "Stock photos are cheap, the designer said.",
    "The file photo showed him smiling.",
    "Photo by John Doe on Unsplash was used without permission, the court heard.",
    "Copyright Act 1976",
    # share
    "Share: 40% of voters backed the plan.",
    "Back to top form, the striker scored twice.",
    "Back up the claim, the judge told the lawyer.",
    "To top it all, the bus was late.",
    # separators: a reply, an emoticon, an emoji, a unit, a table's header rule
    "?",
    "!",
    "?!",
    "…",
    "...",
    ":-)",
    ":)",
    ";-)",
    ":-/",
    ":-(",
    "^_^",
    "^^",
    "-_-",
    "*_*",
    "<3",
    "😂😂😂",
    "👍",
    "❤️",
    "✓",
    "✗",
    "€",
    "$",
    "%",
    "= 42",
    "“",
    "(…)",
    "[…]",
    "¯\\_(ツ)_/¯",
]



@pytest.mark.parametrize("category", sorted(DEBRIS))
def test_debris_goes(category: str) -> None:
    assert [line for line in DEBRIS[category] if survives(line)] == []


@pytest.mark.parametrize("trap", TRAPS)
def test_trap_stays(trap: str) -> None:
    assert survives(trap)


def test_a_table_keeps_its_header_rule() -> None:
    """The "|---|" line under a table's header (and "| - |", which may be one) is the table's."""
    for rule in ("|---|---|", "| - | - |", "| :--- | ---: |"):
        text = f"| Pos | Player |\n{rule}\n| 1 | Kyle Busch |\n"
        assert rule in CLEANER.clean(text).text.splitlines(), rule

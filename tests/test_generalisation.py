"""The shipped rules on pages unlike the seeds: each line is marked debris or content.

These documents imitate other kinds of site (a broadcaster, a tech blog, a
recipe, a sports report, a court ruling, an interview) and were written to
test the rules, not the other way round.  A line marked ``-`` must go, every
other line must come out intact.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner

CLEANER = Cleaner()

DOCUMENTS = {
    "broadcaster": """\
  Flood defences fail as river bursts its banks
- Published 3 hours ago
- Share
- Image source, Getty Images
  Residents in the town were evacuated overnight after the river rose by two metres.
  The Environment Agency said it had issued 40 flood warnings across the region.
- Advertisement
  "We have never seen anything like it," said one resident, who asked not to be named.
- Related stories
- Why are floods getting worse?
- Five things to do if your home is flooded
  Officials said the clean-up could take weeks, and that share prices of local insurers had fallen.
- Follow us on Facebook, Instagram and X for the latest updates.
- © 2025 Example Broadcasting Corporation. All rights reserved.
""",
    "tech-blog": """\
  How to set up a Python virtual environment
- By Priya Raman
  Posted on March 3, 2024
  Virtual environments keep each project's packages apart.
  Click here to open the terminal settings, then choose a shell.
  1. Create the environment with python -m venv .venv
  2. Activate it with source .venv/bin/activate
  The advertisement for the course promised results in a week; it took me a month.
- Subscribe to our newsletter for more tutorials like this.
- Enter your email address
- Subscribe
- Loading comments...
- Please enable JavaScript to view the comments powered by Disqus.
""",
    "recipe": """\
  Grandma's oat cookies
- Jump to Recipe
  These cookies keep for a week in a tin.
  Ingredients:
  - 200 g oats
  - 100 g butter
  - 2 eggs
  Preheat the oven to 180C and line a baking tray.
  We use cookies from this recipe at every family party.
- We use cookies to improve your experience and for analytics. By continuing, you agree to our Cookie Policy.
- Accept all cookies
- Reject all
- Print
- Pin
""",
    "sports": """\
  United snatch late winner at Anfield
- By Tom Hughes, Football Correspondent
  Marcus Rashford scored in the 94th minute to give United a 2-1 win.
  The match was watched by a crowd of 53,000, and millions more on TV.
- Story continues below advertisement
  The manager said: "Follow us, I told the players, and we will win this."
- Photo: Reuters
  United are now third in the table, two points behind the leaders.
- Read more
- Scroll to continue reading
""",
    "court-ruling": """\
  Appeal dismissed in copyright case
  The court held that:
  (a) the defendant infringed the claimant's copyright;
  (b) damages are to be assessed;
  (c) the defendant shall pay the costs of the appeal.
  Copyright law in the EU was reformed in 2019, the judge noted.
  By Monday, the parties had agreed the terms of the order.
- Copyright 2024 Example Law Reports. All rights reserved.
""",
    "interview": """\
  "I never planned to stay," the mayor tells us
- By Ana López
  Did you expect to win?
  No.
  Will you run again?
  Yes, if the party asks me to.
  Are cookies still banned at council meetings?
  They are, and that will not change while I am mayor.
- Sign up for our weekly politics newsletter and get it straight to your inbox.
- Tap here to download our free app.
""",
}


def _expectations(document: str) -> tuple[str, list[str], list[str]]:
    lines = document.splitlines()
    text = "\n".join(line[2:] for line in lines) + "\n"
    debris = [line[2:] for line in lines if line.startswith("- ")]
    content = [line[2:] for line in lines if line.startswith("  ")]
    return text, debris, content


@pytest.mark.parametrize("name", DOCUMENTS)
def test_debris_goes_and_content_stays(name: str) -> None:
    text, debris, content = _expectations(DOCUMENTS[name])
    out = CLEANER.clean(text).text
    out_lines = set(out.splitlines())
    kept_debris = [line for line in debris if line in out_lines]
    lost_content = [line for line in content if line not in out_lines]
    assert not lost_content, f"content removed: {lost_content}"
    assert not kept_debris, f"debris left: {kept_debris}"

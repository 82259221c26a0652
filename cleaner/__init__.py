"""scrapeclean: clean, canonical text from scraped web text, with provenance.

>>> from cleaner import clean
>>> clean("Read More\\n\\nThe story.\\n\\n\\n").text
'The story.\\n'
"""

from ._version import __version__
from .decode import NotTextError
from .engine.spec import RuleError
from .pipeline import Cleaner, clean
from .provenance import Edit, Step, restore
from .result import Result

__all__ = ["Cleaner", "Edit", "NotTextError", "Result", "RuleError", "Step", "clean", "restore", "__version__"]

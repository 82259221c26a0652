"""scrapeclean: clean, canonical text from scraped web text, with provenance.

>>> from cleaner import clean
>>> clean("Read More\\n\\nThe story.\\n\\n\\n").text
'The story.\\n'
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("scrapeclean")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from .decode import NotTextError
from .engine.spec import RuleError
from .pipeline import Cleaner, clean
from .provenance import Edit, Step, restore
from .result import Result

__all__ = ["Cleaner", "Edit", "NotTextError", "Result", "RuleError", "Step", "clean", "restore", "__version__"]

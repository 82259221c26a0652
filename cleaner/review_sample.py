"""A seeded sample of documents from a stream of unknown length.

The review page shows a few hundred documents of a run that may hold
millions.  Each document gets a priority from a hash of the seed and its
name, and the sample is the ``size`` documents with the lowest priorities
(bottom-k sampling).  That makes the sample

* deterministic: the same names and seed give the same sample, whatever the
  number of worker processes or the order results come back in;
* decidable before the document is cleaned: a document whose priority is not
  among the lowest seen so far can never enter the sample, so only the few
  that may (about ``size * (1 + ln(n / size))`` of ``n``) need to carry their
  original text and edits back from a worker.

>>> sampler = Sampler(size=2, seed=7)
>>> offered = [sampler.offer(f"doc{i}") for i in range(1000)]
>>> sum(offered) < 40                      # few documents need to carry their text
True
>>> chosen = [f"doc{i}" for i in range(1000) if sampler.chosen(sampler.priority(f"doc{i}"))]
>>> len(chosen)
2
>>> chosen == [n for n in (f"doc{i}" for i in range(1000)) if Sampler(2, 7).priority(n) <= sampler.threshold]
True
"""

from __future__ import annotations

import hashlib
import heapq

__all__ = ["Sampler"]


class Sampler:
    """Bottom-``size`` sampling of names by a seeded hash."""

    def __init__(self, size: int, seed: int = 0) -> None:
        if size < 0:
            raise ValueError(f"sample size must be 0 or more, not {size}")
        self.size = size
        self._salt = f"{seed}\0".encode()
        self._lowest: list[int] = []  # negated: a max-heap of the lowest priorities offered

    def priority(self, name: str) -> int:
        """The name's place in the seeded order (lower is sampled first)."""
        digest = hashlib.blake2b(self._salt + name.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "big")

    def offer(self, name: str) -> bool:
        """Count a document; True if it is among the lowest ``size`` so far (it may be sampled)."""
        if self.size == 0:
            return False
        priority = self.priority(name)
        if len(self._lowest) < self.size:
            heapq.heappush(self._lowest, -priority)
            return True
        if priority < -self._lowest[0]:
            heapq.heapreplace(self._lowest, -priority)
            return True
        return False

    @property
    def threshold(self) -> int:
        """The highest priority still in the sample (every priority, while fewer than ``size`` were offered)."""
        if len(self._lowest) < self.size:
            return 2**64
        return -self._lowest[0] if self._lowest else -1

    def chosen(self, priority: int) -> bool:
        """Whether a document of this priority is in the sample of everything offered so far."""
        return priority <= self.threshold

"""Folding for matching: full-width to half-width, Traditional to Simplified, lower case."""

from __future__ import annotations

import functools
import unicodedata

import opencc


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    return _converter("s2tw").convert(text)


def is_traditional(text: str) -> bool:
    """True when the text uses Traditional forms that fold to different Simplified ones."""
    return to_simplified(text) != text


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The form used for indexing and for questions; never shown to a user.

    Cached: answering folds the same passages again and again (sentence picking, refusal checks).
    """
    return to_simplified(unicodedata.normalize("NFKC", text)).lower()

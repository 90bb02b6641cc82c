"""Every sentence a user reads comes from prompts/messages.toml through this lookup."""

from __future__ import annotations

import functools
import os
import tomllib
from pathlib import Path

PROMPTS_DIR = Path(os.environ.get("POLICYQA_PROMPTS_DIR") or Path(__file__).resolve().parent.parent / "prompts")


@functools.cache
def _table() -> dict[str, str]:
    with open(PROMPTS_DIR / "messages.toml", "rb") as fh:
        return tomllib.load(fh)


def message(key: str, /, **values: object) -> str:
    """The user-facing text for `key`, filled with `values`."""
    return _table()[key].format(**values)


def prompt_file(name: str) -> str:
    """A whole prompt file from prompts/ (LLM prompts, welcome texts)."""
    return (PROMPTS_DIR / name).read_text(encoding="utf-8")

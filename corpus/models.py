"""The data that flows out of the corpus package: documents and their chunks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """One source file as clean text, with what the catalogue knows about it."""

    doc_id: str
    title: str
    text: str
    source: str  # file name inside the corpus folder
    date: str = ""
    region: str = ""
    kind: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A paragraph or list item, with its heading ladder and its span in the document's clean text."""

    chunk_id: int
    doc_id: str
    title: str
    section: tuple[str, ...]
    text: str
    start: int
    end: int
    # Position of the chunk's parent heading among the document's headings (-1: none);
    # chunks that share it are siblings of one list.
    parent: int = -1
    is_heading: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    def index_text(self) -> str:
        """What is embedded and BM25-indexed: title, section path, then the passage."""
        parts = [self.title, *self.section]
        if not self.is_heading or not self.section or self.section[-1] != self.text:
            parts.append(self.text)
        return " > ".join(p for p in parts if p)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["section"] = list(self.section)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Chunk":
        return cls(**{**d, "section": tuple(d["section"])})

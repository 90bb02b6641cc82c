"""The one Settings object (environment variables with the POLICYQA_ prefix, or .env)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYQA_", env_file=".env", extra="ignore")

    home: Path = Field(default=ROOT / ".state", description="State folder: index, sessions, feedback.")
    index_dir: Path | None = Field(default=None, description="Index folder; default HOME/index.")
    corpus_dirs: list[Path] = Field(default_factory=lambda: [ROOT / "corpus" / "documents"])
    model_dir: Path = Field(default=ROOT / ".cache" / "models" / "multilingual-e5-small")
    query_prompt: str | None = None  # None: the model folder's own "query" prompt
    passage_prompt: str | None = None

    fusion: str = "weighted"
    fusion_weight: float = 0.5
    top_k: int = 5
    max_question_chars: int = 500
    max_history: int = 20

    llm_base_url: str | None = None
    llm_model: str = "qwen-plus"
    llm_api_key: str | None = None
    llm_timeout: float = 8.0

    @property
    def index_path(self) -> Path:
        return self.index_dir or self.home / "index"

    @property
    def default_model_dir(self) -> Path:
        return ROOT / ".cache" / "models" / "multilingual-e5-small"

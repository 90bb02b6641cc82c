"""The one Settings object (environment variables with the POLICYQA_ prefix, or .env)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

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
    query_encoder: Literal["onnx", "torch"] = "onnx"  # onnx: an int8 copy of the model encodes questions
    query_lanes: int = 0  # question batches encoded at once, one core each (0: one per core)
    passage_encoder: Literal["onnx", "torch"] = "onnx"  # onnx: passages too go through the int8 copy (builds)
    cache_dir: Path = Field(default=ROOT / ".cache" / "build",
                            description="Build cache: passage vectors and tokens by content (empty: a cold build).")
    onnx_dir: Path = Field(default=ROOT / ".cache" / "onnx",
                           description="What is made from the model once: its int8 copy, the English sample's vectors.")
    ann_min_chunks: int = Field(default=100_000, ge=0,
                                description="From this many chunks on, dense search is approximate (IVF); 0: always exact.")
    store: Literal["faiss", "milvus"] = "faiss"  # where searches run: in process, or in Milvus (index/milvus_store.py)
    milvus_uri: str = ""  # a path ending in .db (Milvus Lite, embedded) or http://host:19530; "": HOME/milvus.db
    milvus_token: str = ""
    milvus_collection: str = "policyqa"  # a prefix: each index folder gets its own collections
    # how far the average chunk length may move before Milvus's BM25 rows are weighed again (0: always, exact)
    milvus_reweigh_drift: float = Field(default=0.0, ge=0.0, lt=1.0)

    fusion: str = "weighted"
    fusion_weight: float = 0.65  # dense share; tuned on the dev sets (eval.run --methods)
    top_k: int = 5
    staff_contact: str = ""  # who founders can ask when the documents do not answer, e.g. "服务台 0931-1234567"
    max_question_chars: int = 500
    max_history: int = 20

    llm_base_url: str | None = None
    llm_model: str = "qwen-plus"
    llm_api_key: str | None = None
    llm_timeout: float = 8.0

    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str | None = None  # unset: the staff routes are off
    upload_max_mb: int = 20
    body_seconds: float = Field(default=30.0, gt=0, description="time allowed to send a request body (uploads: 10x)")
    session_turns: int = 6  # earlier questions kept as a session's history

    wechat_token: str | None = None  # unset: the Official Account channel is off (404)
    wechat_app_id: str | None = None
    wechat_app_secret: str | None = None
    wechat_aes_key: str | None = None
    wechat_api_base: str = "https://api.weixin.qq.com"
    wecom_token: str | None = None  # unset: the WeCom channel is off (404)
    wecom_corp_id: str | None = None
    wecom_secret: str | None = None
    wecom_aes_key: str | None = None
    wecom_agent_id: str | None = None
    wecom_api_base: str = "https://qyapi.weixin.qq.com"
    wechat_reply_seconds: float = 4.0  # answer in the callback if ready within this, else push later
    wechat_rate_limit: int = 10  # questions per user per minute
    # a signed callback is accepted within this many seconds of its timestamp, its (timestamp, nonce) for one body only
    wechat_timestamp_window: int = Field(default=300, ge=0, description="0 turns the window and replay memory off")

    @property
    def db_path(self) -> Path:
        return self.home / "policyqa.sqlite3"

    @property
    def milvus_path(self) -> str:
        return self.milvus_uri or str(self.home / "milvus.db")

    @property
    def index_path(self) -> Path:
        return self.index_dir or self.home / "index"

    @property
    def default_model_dir(self) -> Path:
        return ROOT / ".cache" / "models" / "multilingual-e5-small"

"""The one settings object. Read the environment (and `.env`) once, freeze it, pass it down.

Nothing below this module reads `os.environ`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _alias(name: str, *others: str) -> AliasChoices:
    return AliasChoices(f"SELLER_COPILOT_{name}", *others)


class Settings(BaseSettings):
    """Every knob of the product. Environment names are `SELLER_COPILOT_<FIELD>` unless noted."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True, populate_by_name=True
    )

    # --- data -----------------------------------------------------------------------------
    data_dir: Path = Field(default=Path(".seller-copilot"), validation_alias=_alias("DATA_DIR"))
    shop_id: str | None = Field(default=None, validation_alias=_alias("SHOP_ID"))
    time_zone: str = Field(default="Asia/Singapore", validation_alias=_alias("TIME_ZONE"))
    as_of: date | None = Field(default=None, validation_alias=_alias("AS_OF"))
    # The app's display language (a language pack's code: en, zh, id, th, vi, pt): its panels' words, labels,
    # numbers and dates. The chat answers in the language of each question.
    language: str = Field(default="en", validation_alias=_alias("LANGUAGE"))

    # --- VoC diagnosis --------------------------------------------------------------------
    voc_window_days: int = Field(default=30, validation_alias=_alias("VOC_WINDOW_DAYS"))
    voc_min_orders: int = Field(default=30, validation_alias=_alias("VOC_MIN_ORDERS"))
    voc_at_risk_ratio: float = Field(default=1.5, validation_alias=_alias("VOC_AT_RISK_RATIO"))
    voc_needs_attention_ratio: float = Field(default=1.1, validation_alias=_alias("VOC_NEEDS_ATTENTION_RATIO"))
    voc_below_average_ratio: float = Field(default=0.9, validation_alias=_alias("VOC_BELOW_AVERAGE_RATIO"))
    voc_collection_start: date | None = Field(default=None, validation_alias=_alias("VOC_COLLECTION_START"))
    voc_issue_min_mentions: int = Field(default=2, validation_alias=_alias("VOC_ISSUE_MIN_MENTIONS"))
    # The marketplace's own pages for a product's refunds and ratings (the VoC drawer links to them, as the help
    # page's buttons do); "{product_id}" is filled in. Set them to your region's Seller Center.
    refund_page_url: str = Field(default="https://seller-us.tiktok.com/order/refund?product_id={product_id}",
                                 validation_alias=_alias("REFUND_PAGE_URL"))
    rating_page_url: str = Field(default="https://seller-us.tiktok.com/product/rating?product_id={product_id}",
                                 validation_alias=_alias("RATING_PAGE_URL"))
    high_gmv_threshold: float = Field(default=10_000.0, validation_alias=_alias("HIGH_GMV_THRESHOLD"))
    high_items_threshold: int = Field(default=300, validation_alias=_alias("HIGH_ITEMS_THRESHOLD"))
    early_warning_min_items: int = Field(default=3, validation_alias=_alias("EARLY_WARNING_MIN_ITEMS"))
    early_warning_factor: float = Field(default=2.0, validation_alias=_alias("EARLY_WARNING_FACTOR"))

    # --- video diagnosis ------------------------------------------------------------------
    video_window_days: int = Field(default=7, validation_alias=_alias("VIDEO_WINDOW_DAYS"))
    video_min_views: int = Field(default=500, validation_alias=_alias("VIDEO_MIN_VIEWS"))
    video_lookback_days: int = Field(default=90, validation_alias=_alias("VIDEO_LOOKBACK_DAYS"))

    # --- malicious-review reports ---------------------------------------------------------
    report_window_days: int = Field(default=30, validation_alias=_alias("REPORT_WINDOW_DAYS"))
    report_max_rating: int = Field(default=2, validation_alias=_alias("REPORT_MAX_RATING"))

    # --- language model (optional; without a key the product runs fully offline) ----------
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=_alias("OPENAI_API_KEY", "OPENAI_API_KEY"))
    openai_base_url: str | None = Field(default=None, validation_alias=_alias("OPENAI_BASE_URL", "OPENAI_BASE_URL"))
    llm_model: str = Field(default="gpt-4o-mini", validation_alias=_alias("LLM_MODEL"))
    llm_timeout_s: float = Field(default=30.0, validation_alias=_alias("LLM_TIMEOUT_S"))
    llm_temperature: float = Field(default=0.0, validation_alias=_alias("LLM_TEMPERATURE"))
    llm_max_attempts: int = Field(default=3, validation_alias=_alias("LLM_MAX_ATTEMPTS"))
    # Caps every model reply: small models can loop, repeating themselves until the timeout.
    llm_max_output_tokens: int = Field(default=600, validation_alias=_alias("LLM_MAX_OUTPUT_TOKENS"))
    llm_max_retry_wait_s: float = Field(default=20.0, validation_alias=_alias("LLM_MAX_RETRY_WAIT_S"))
    # False for models too weak to pick tools: the deterministic planner routes, the model only writes.
    llm_tool_calling: bool = Field(default=True, validation_alias=_alias("LLM_TOOL_CALLING"))
    # "summary": the model writes two or three sentences on top of the templated answer (best for
    # small models); "full": the model writes the whole answer, guarded.
    llm_answer_style: Literal["full", "summary"] = Field(default="full", validation_alias=_alias("LLM_ANSWER_STYLE"))
    # Prices per 1,000 tokens, only to report what an optional model pass cost (unset: tokens only).
    llm_price_input_per_1k: float | None = Field(default=None, validation_alias=_alias("LLM_PRICE_INPUT_PER_1K"))
    llm_price_output_per_1k: float | None = Field(default=None, validation_alias=_alias("LLM_PRICE_OUTPUT_PER_1K"))
    # A second reading, by the model, of the feedback the offline tagger is unsure about. Off by
    # default; never required. Items per model call, and at most this many items per run.
    tagging_model_pass: bool = Field(default=False, validation_alias=_alias("TAGGING_MODEL_PASS"))
    tagging_model_batch: int = Field(default=8, ge=1, le=50, validation_alias=_alias("TAGGING_MODEL_BATCH"))
    tagging_model_max_items: int = Field(default=2000, ge=0, validation_alias=_alias("TAGGING_MODEL_MAX_ITEMS"))

    # --- knowledge base -------------------------------------------------------------------
    chroma_host: str | None = Field(default=None, validation_alias=_alias("CHROMA_HOST", "CHROMA_HOST"))
    chroma_port: int = Field(default=8000, validation_alias=_alias("CHROMA_PORT", "CHROMA_PORT"))

    # --- app ------------------------------------------------------------------------------
    app_host: str = Field(default="127.0.0.1", validation_alias=_alias("APP_HOST", "APP_HOST"))
    app_port: int = Field(default=7860, validation_alias=_alias("APP_PORT", "APP_PORT"))
    app_auth: str | None = Field(default=None, validation_alias=_alias("APP_AUTH", "APP_AUTH"))
    upload_max_mb: int = Field(default=200, validation_alias=_alias("UPLOAD_MAX_MB"))

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        from tools.languages import codes

        code = value.strip().lower()
        if code not in codes():
            raise ValueError(f"SELLER_COPILOT_LANGUAGE must be one of {', '.join(codes())}, not {value!r}")
        return code

    @property
    def db_path(self) -> Path:
        return self.data_dir / "seller.duckdb"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def llm_enabled(self) -> bool:
        return self.openai_api_key is not None and bool(self.openai_api_key.get_secret_value())


def load_settings(**overrides: object) -> Settings:
    """Read the environment and `.env` once; keyword overrides win (tests pass `data_dir=tmp_path`)."""
    return Settings(**overrides)  # type: ignore[arg-type]

"""The data every offline suite runs on: the small demo at the pinned seed and end date.

The demo is generated into a temporary directory (never the seller's data dir), once per run;
tests pass an already generated directory to skip the generation.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tools.context import ShopContext, resolve_shop
from tools.settings import Settings, load_settings
from tools.store import Store

# The same marketplace as tests/conftest.py, so eval facts and test expectations agree.
DEMO_SEED = 7
DEMO_SCALE = "small"
DEMO_END_DATE = date(2026, 11, 20)
LEDGER_TABLE = "review_reports"
# The knowledge-base index is content-hash gated, so one cached copy serves every run (gitignored).
DEFAULT_KB_CACHE_DIR = Path(__file__).resolve().parent / "runs" / ".kb-cache"


@dataclass
class EvalEnvironment:
    settings: Settings
    store: Store
    data_dir: Path
    owns_data_dir: bool = False
    kb_dir: Path = DEFAULT_KB_CACHE_DIR
    _context: ShopContext | None = field(default=None, repr=False)
    _knowledge_base: Any | None = field(default=None, repr=False)

    @property
    def knowledge_base(self) -> Any:
        """The real playbook/help index (multilingual embedder), kept in `kb_dir` between runs."""
        if self._knowledge_base is None:
            from vectorstore.index import build_knowledge_base

            self._knowledge_base = build_knowledge_base(self.settings.model_copy(update={"data_dir": self.kb_dir}))
        return self._knowledge_base

    @property
    def context(self) -> ShopContext:
        if self._context is None:
            self._context = resolve_shop(self.store, self.settings, as_of=DEMO_END_DATE)
        return self._context

    def ledger_rows(self) -> int:
        """Rows in the report ledger (0 before it exists): a chat turn must never add one."""
        found = self.store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [LEDGER_TABLE])
        if not found or not found[0][0]:
            return 0
        return int(self.store.query(f"SELECT count(*) FROM {LEDGER_TABLE}")[0][0])

    def describe(self) -> dict[str, str | int]:
        return {"seed": DEMO_SEED, "scale": DEMO_SCALE, "end_date": DEMO_END_DATE.isoformat()}

    def close(self) -> None:
        self.store.close()
        if self.owns_data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def generate_demo_dir(target: Path) -> Path:
    """Write the pinned small demo into `target/seller.duckdb` and return `target`."""
    from tools.demo import generate_demo

    target.mkdir(parents=True, exist_ok=True)
    with Store(target / "seller.duckdb") as store:
        generate_demo(store, seed=DEMO_SEED, scale=DEMO_SCALE, end_date=DEMO_END_DATE)
    return target


def eval_settings(data_dir: Path, *, base: Settings | None = None) -> Settings:
    """The run's settings pointed at `data_dir` and the pinned day; model settings come from `base`."""
    if base is None:
        return load_settings(data_dir=data_dir, as_of=DEMO_END_DATE, shop_id=None, _env_file=None)
    return base.model_copy(update={"data_dir": data_dir, "as_of": DEMO_END_DATE, "shop_id": None})


def build_eval_environment(
    *, base_settings: Settings | None = None, demo_dir: Path | None = None, kb_dir: Path | None = None
) -> EvalEnvironment:
    """A private copy of the demo (generated unless `demo_dir` holds one) that suites may write to."""
    work_dir = Path(tempfile.mkdtemp(prefix="seller-copilot-eval-"))
    if demo_dir is not None and (demo_dir / "seller.duckdb").exists():
        shutil.copy2(demo_dir / "seller.duckdb", work_dir / "seller.duckdb")
    else:
        generate_demo_dir(work_dir)
    settings = eval_settings(work_dir, base=base_settings)
    return EvalEnvironment(settings=settings, store=Store(settings.db_path), data_dir=work_dir, owns_data_dir=True,
                           kb_dir=kb_dir or DEFAULT_KB_CACHE_DIR)

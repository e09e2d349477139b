"""The Data tab's templates: one per table, in our columns, each a header the importer accepts as that table."""

from __future__ import annotations

import pytest

from tools.importing.kinds import check_header, infer_kind, required_columns, template_csv
from tools.models import TABLES


@pytest.mark.parametrize("kind", list(TABLES))
def test_each_template_is_a_header_the_importer_reads_as_its_table(kind: str) -> None:
    header = template_csv(kind).strip().split(",")
    assert check_header(kind, header).ok
    assert header[: len(required_columns(kind))] == required_columns(kind)  # what must be filled comes first
    assert infer_kind(header).kind == kind

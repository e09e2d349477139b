"""The statistics behind a VoC level: the Wilson interval and the level rules."""

from __future__ import annotations

import math

from tools.settings import Settings
from tools.voc.models import VocLevel

WILSON_Z_95 = 1.959963984540054
# Ratios such as 0.9 x 0.1 are not exact in binary floating point; compare with a tolerance so a
# rate exactly on a threshold lands where the documented rule says.
_EPS = 1e-12


def wilson_interval(negatives: int, orders: int, *, z: float = WILSON_Z_95) -> tuple[float, float]:
    """The Wilson score interval of a proportion; (0, 0) when there are no orders."""
    if orders <= 0:
        return 0.0, 0.0
    if not 0 <= negatives <= orders:
        raise ValueError(f"negatives must be within 0..orders, got {negatives}/{orders}")
    p = negatives / orders
    z2 = z * z
    denominator = 1 + z2 / orders
    centre = (p + z2 / (2 * orders)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / orders + z2 / (4 * orders * orders)) / denominator
    # Pin the ends exactly (floating-point dust would otherwise give 0.9999999 for r = 1).
    low = 0.0 if negatives == 0 else max(0.0, centre - half_width)
    high = 1.0 if negatives == orders else min(1.0, centre + half_width)
    return low, high


def classify_level(
    rate: float, benchmark: float, interval_low: float, settings: Settings
) -> VocLevel:
    """Compare a product's negative rate with its category benchmark (enough data assumed).

    At Risk: r >= 1.5 b and the interval's low end above b (significantly above).
    Needs Attention: r > 1.1 b and not At Risk. Below Average: r < 0.9 b. Otherwise Market Average.
    Edge cases: b = 0 and r = 0 is Market Average; b = 0 and r > 0 is At Risk (any complaint
    is above a spotless category, and the low end of the interval is then above 0);
    r = 0 with b > 0 is Below Average.
    """
    at_risk = rate >= settings.voc_at_risk_ratio * benchmark - _EPS and interval_low > benchmark + _EPS
    if at_risk and rate > 0:
        return VocLevel.AT_RISK
    if rate > settings.voc_needs_attention_ratio * benchmark + _EPS:
        return VocLevel.NEEDS_ATTENTION
    if rate < settings.voc_below_average_ratio * benchmark - _EPS:
        return VocLevel.BELOW_AVERAGE
    return VocLevel.MARKET_AVERAGE

"""Deterministic demo marketplace with planted stories (`stories` names their ids)."""

from __future__ import annotations

from tools.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]

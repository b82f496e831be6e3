"""The first letter of a label or phrase written as a capital, the rest as it is."""

from __future__ import annotations


def capitalised(text: str) -> str:
    """'pathway plans for care leavers' -> 'Pathway plans for care leavers'; 'IRO' and '' unchanged."""
    return text[:1].upper() + text[1:]

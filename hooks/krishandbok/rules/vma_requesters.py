"""Warning: a Swedish handbook that does not say who may request VMA.

Since 2024-01-01, lag (2023:407) om viktigt meddelande till allmänheten and
förordning (2023:579) let a municipality request a VMA (through SOS Alarm). The
municipality has to decide who in it may make that request quickly; SKR
("VMA – kommuners och regioners behörighet att begära sändning", 2024) advises
writing it into the delegation rules. The handbook's `vma_requesters` names
those roles, so that nobody has to look it up while the smoke drifts in. Only Swedish handbooks: the law is Swedish.

PASS:

    vma_requesters: [kommunchef, raddningschef]

WARNING:

    language: sv                     # and no vma_requesters
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Level, Problem

ID = "vma-requesters"


def check(handbook) -> Iterator[Problem]:
    settings = handbook.settings
    if settings is None or settings.language != "sv" or settings.vma_requesters:
        return
    yield Problem(handbook.where(settings), handbook.say("vma-requesters-missing"), ID, Level.WARNING)

"""Every channel is staffed and used (contract rule 3).

The owner and the backup are different roles, and at least one template goes
out in the channel. A channel cannot be its own fallback. (That owner and
backup exist, that there is an audience and a `cadence.crisis`, is checked by
`unknown-reference` and by the channel's shape.)

PASS:

    - id: facebook
      owner: informator
      backup: webbredaktor

FAIL:

    - id: facebook
      owner: informator
      backup: informator          # nobody takes over when the owner is away
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..relations import relations

ID = "channel-coverage"


def check(handbook) -> Iterator[Problem]:
    used = relations(handbook).channel_templates
    for channel_id, channel in handbook.channels.items():
        if channel.backup == channel.owner:
            message = handbook.say("channel-backup-is-owner", id=channel_id)
            yield Problem(handbook.where(channel, "backup"), message, ID)
        if channel.fallback == channel_id:
            message = handbook.say("channel-fallback-self", id=channel_id)
            yield Problem(handbook.where(channel, "fallback"), message, ID)
        if not used.get(channel_id):
            yield Problem(handbook.where(channel, "id"), handbook.say("channel-unused", id=channel_id), ID)

"""``LsnrouteRouter``: the database router (``DATABASE_ROUTERS``).

It only picks aliases; Django opens, pools and closes the connections.
"""

from __future__ import annotations

from typing import Optional

from . import conf as confmod
from .state import current


class LsnrouteRouter:
    """Reads go to the request's replica alias (one per request: an eligible
    replica of ``REPLICAS``, else ``PRIMARY``); writes go to ``PRIMARY`` and
    keep the request's later reads there; while ``PRIMARY`` is inside
    ``atomic`` reads stay on it too. Outside a request or ``sticky`` block,
    reads go to ``PRIMARY``. Migrations run only on ``PRIMARY``."""

    def db_for_read(self, model, **hints) -> str:
        state = current.get()
        if state is None:
            return confmod.conf().primary
        return state.alias_for_read()

    def db_for_write(self, model, **hints) -> str:
        state = current.get()
        if state is None:
            return confmod.conf().primary
        return state.alias_for_write()

    def allow_relation(self, obj1, obj2, **hints) -> Optional[bool]:
        conf = confmod.conf()
        ours = {conf.primary, *conf.replicas.values()}
        if obj1._state.db in ours and obj2._state.db in ours:
            return True
        return None

    def allow_migrate(self, db: str, app_label: str, model_name=None, **hints) -> Optional[bool]:
        conf = confmod.conf()
        if db == conf.primary:
            return True
        if db in conf.node_of_alias:
            return False
        return None

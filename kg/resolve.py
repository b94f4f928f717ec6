"""Entity resolution across papers: one node per real thing.

:class:`EntityIndex` is the only state that grows with the corpus. Feed it every
:class:`~kg.records.Extraction` (``add``), then ask it for node ids (``entity_id``)
and for the entity nodes themselves (``entities``).

Names are matched by their normalised key (``BLIP-2`` = ``BLIP2``, ``MS COCO`` =
``MSCOCO``; a "+" counts: ``PointNet++`` is not ``PointNet``); a name and its aliases (``MCR`` / ``Manipulation Centric
Representation``) are unioned, so a later paper that uses either form lands on the
same node; so are a metric's plural and singular (``error rates`` / ``error rate``).
DATASET and BENCHMARK share one id space and a thing gets the type most papers give it.

>>> from kg.records import Entity, Extraction, Paper
>>> index = EntityIndex()
>>> index.add(Extraction(Paper("p1", "t", ""), [Entity("MCR", "MODEL", ["Manipulation Centric Representation"])]))
>>> index.add(Extraction(Paper("p2", "t", ""), [Entity("Manipulation-Centric Representation", "MODEL")]))
>>> index.entity_id("MODEL", "manipulation centric representation")
'model/mcr'
>>> [(e.name, e.support) for e in index.entities()]
[('MCR', 2)]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg import ids
from kg.records import Extraction

__all__ = ["EntityIndex", "ResolvedEntity", "ResolvedLink"]

# Which id space (and so which node) an entity type resolves into.
_FAMILY = {"MODEL": "MODEL", "DATASET": "DATASET", "BENCHMARK": "DATASET", "METRIC": "METRIC"}


@dataclass
class ResolvedEntity:
    id: str
    type: str
    name: str
    aliases: list[str]
    support: int


@dataclass
class ResolvedLink:
    id: str
    url: str
    kind: str
    support: int


@dataclass
class _Group:
    names: Counter = field(default_factory=Counter)  # surface form → papers naming it so
    long_forms: Counter = field(default_factory=Counter)  # alias → papers giving it
    types: Counter = field(default_factory=Counter)  # entity type → papers
    support: int = 0


class EntityIndex:
    """Union-find over normalised names, per id space, with counts for canonical choices."""

    def __init__(self) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}
        self._groups: dict[tuple[str, str], _Group] = {}
        self._links: dict[str, tuple[Counter, Counter]] = {}  # url key → (surface urls, kinds)
        self._link_support: Counter = Counter()
        self._ids: dict[tuple[str, str], str] | None = None

    # -- building -------------------------------------------------------------
    def _find(self, node: tuple[str, str]) -> tuple[str, str]:
        parent = self._parent.setdefault(node, node)
        while parent != node:
            grand = self._parent[parent]
            self._parent[node] = grand
            node, parent = parent, grand
        return node

    def _union(self, a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str]:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        keep, drop = min(ra, rb), max(ra, rb)  # deterministic whatever the input order
        self._parent[drop] = keep
        group, other = self._groups.setdefault(keep, _Group()), self._groups.pop(drop, _Group())
        group.names.update(other.names)
        group.long_forms.update(other.long_forms)
        group.types.update(other.types)
        group.support += other.support
        return keep

    def add(self, extraction: Extraction) -> None:
        """Count one paper's entities and links."""
        self._ids = None
        counted: set[tuple[str, str]] = set()
        for entity in extraction.entities:
            family = _FAMILY[entity.type]
            root = self._find((family, ids.entity_key(entity.name)))
            # (the family "Llama 3.1" of "Llama 3.1 8B" names other sizes too, and "top-1 accuracy"
            # of "fine-tuning top-1 accuracy" other kinds: not this node's aliases)
            size_family = ids.size_family(entity.name)
            aliases = [alias for alias in entity.aliases if alias != size_family]
            if family == "METRIC":
                aliases = [alias for alias in aliases if not ids.qualifies(entity.name, alias)]
            for alias in aliases:
                root = self._union(root, (family, ids.entity_key(alias)))
            if family == "METRIC":  # "error rates" is "error rate"
                root = self._union(root, (family, ids.entity_key(ids.singular(entity.name))))
            group = self._groups.setdefault(root, _Group())
            group.names[entity.name] += 1
            group.long_forms.update(aliases)
            group.types[entity.type] += 1
            if root not in counted:  # support counts papers, not mentions
                counted.add(root)
                group.support += 1
        for url in {u.url: u for u in extraction.urls}.values():
            key = ids.url_key(url.url)
            forms, kinds = self._links.setdefault(key, (Counter(), Counter()))
            forms[url.url] += 1
            kinds[url.kind] += 1
            self._link_support[key] += 1

    # -- reading --------------------------------------------------------------
    def _groups_by_root(self) -> dict[tuple[str, str], _Group]:
        # Roots may have moved under later unions; only live roots are groups.
        return {root: group for root, group in self._groups.items() if self._find(root) == root}

    @staticmethod
    def _canonical(group: _Group) -> str:
        # The most used short form; ties go to the shorter, then the alphabetically first.
        return min(group.names, key=lambda n: (-group.names[n], len(n), n))

    @staticmethod
    def _type(group: _Group) -> str:
        return min(group.types, key=lambda t: (-group.types[t], t))

    def _id_table(self) -> dict[tuple[str, str], str]:
        if self._ids is None:
            self._ids = {
                root: ids.entity_id(self._type(group), self._canonical(group))
                for root, group in self._groups_by_root().items()
            }
        return self._ids

    def entity_id(self, entity_type: str, name: str) -> str:
        """The node id of an entity named in some paper that was added."""
        root = self._find((_FAMILY[entity_type], ids.entity_key(name)))
        table = self._id_table()
        return table.get(root) or ids.entity_id(entity_type, name)

    def entity_type(self, entity_type: str, name: str) -> str:
        """The type the corpus gives the thing (DATASET and BENCHMARK may swap)."""
        group = self._groups.get(self._find((_FAMILY[entity_type], ids.entity_key(name))))
        return self._type(group) if group else entity_type

    def entities(self) -> list[ResolvedEntity]:
        """Every resolved entity, sorted by id."""
        table = self._id_table()
        out = []
        for root, group in self._groups_by_root().items():
            name = self._canonical(group)
            aliases = sorted((set(group.names) | set(group.long_forms)) - {name})
            out.append(ResolvedEntity(table[root], self._type(group), name, aliases, group.support))
        return sorted(out, key=lambda e: e.id)

    def links(self) -> list[ResolvedLink]:
        """Every link, by its most used spelling and kind, sorted by id."""
        out = []
        for key, (forms, kinds) in self._links.items():
            url = min(forms, key=lambda u: (-forms[u], u))
            kind = min(kinds, key=lambda k: (-kinds[k], k))
            out.append(ResolvedLink(ids.link_id(url), url, kind, self._link_support[key]))
        return sorted(out, key=lambda link: link.id)

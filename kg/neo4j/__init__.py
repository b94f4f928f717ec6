"""Neo4j: load the graph (:mod:`.loader`), ask it named questions (:mod:`.queries`),
export it for ``neo4j-admin`` import (:mod:`.csv_export`) and explore it in Bloom (:mod:`.bloom`).

Every Cypher statement kg sends is built in :mod:`.cypher` from the schema; the
properties it stores are checked by :mod:`.rows`.
"""

__all__: list[str] = []

"""kg: knowledge graphs of ML literature, from paper abstracts.

The pipeline, one module or package per stage:
read (``kg.read``) → extract (``kg.extract``) → resolve (``kg.resolve``) →
graph (``kg.graph``) → write (``kg.write``, ``kg.neo4j``).
"""

__version__ = "0.1.0"

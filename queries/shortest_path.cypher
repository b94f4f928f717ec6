// The shortest chain of relationships (any type, either direction, at most 8) between two models.
// Models are named by name, alias (any case) or id.
// params: source (string, required), target (string, required)
MATCH (a:Model)
WHERE a.id = $source OR toLower(a.name) = toLower($source)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($source))
MATCH (b:Model)
WHERE (b.id = $target OR toLower(b.name) = toLower($target)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($target))) AND a <> b
MATCH path = shortestPath((a)-[*..8]-(b))
RETURN length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.title, n.value, n.url)] AS nodes,
       [r IN relationships(path) | type(r)] AS relationships

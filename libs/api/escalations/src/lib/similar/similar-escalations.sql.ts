import type { Severity } from '@ladder/contracts';

/**
 * Expression and predicate of the GIN indexes ix_escalation_search and ix_escalation_title_trgm (migration
 * 1764892800000-similar-escalations): repeated here exactly, or the planner cannot use them.
 */
const SEARCH_VECTOR = `(
  setweight(to_tsvector('english'::regconfig, e.title), 'A')
  || setweight(to_tsvector('english'::regconfig, e.description), 'B')
  || setweight(to_tsvector('english'::regconfig, coalesce(e.resolution_summary, '')), 'C'))`;
const SEARCHED = `e.status IN ('resolved', 'closed')`;
/** What ranking reads, carried from the index scans so the ranking needs no second pass over the table. */
const CANDIDATE_COLUMNS =
  'e.id, e.title, e.description, e.resolution_summary, e.category, e.affected_service, e.resolved_at';

/**
 * What to look for, from escalation $1: its title, category and service, its words, and the query: the words of its
 * title and description OR-ed (plainto_tsquery ANDs them, and a whole description's words almost never all recur).
 */
export const SIMILARITY_SOURCE_SQL = `
  SELECT e.title, e.category, e.affected_service, lower(e.title || ' ' || e.description) AS words,
         replace(plainto_tsquery('english', e.title || ' ' || e.description)::text, ' & ', ' | ') AS query
    FROM escalation e WHERE e.id = $1`;

export interface SimilaritySourceRow {
  title: string;
  category: string;
  affected_service: string;
  words: string;
  query: string;
}

/** The parameters of SIMILAR_ESCALATIONS_SQL, in order. */
export const similarParams = (id: string, source: SimilaritySourceRow, limit: number) => [
  id,
  source.query,
  source.title,
  source.category,
  source.affected_service,
  source.words,
  limit,
];

/** The newest this many matches of each kind (words, title) are ranked: the cost stays bounded as history grows. */
export const CANDIDATES_PER_KIND = 500;

/**
 * Resolved or closed escalations other than $1 that share a word with query $2 or have a title of trigram similarity
 * at least pg_trgm.similarity_threshold (0.3) to title $3, best first, at most $7. Each kind of match is its own index
 * scan (as one OR the planner evaluates the text search a second time on every row), newest first, at most
 * CANDIDATES_PER_KIND. The score is 0.5 x ts_rank (for an OR query about the share of its words found, weighted by
 * where: title 1.0, description 0.4, resolution 0.2) + 0.3 x the titles' similarity + 0.1 for category $4 + 0.1 for
 * service $5. `matching_words` are the words of $6 (first occurrence first) whose stem the candidate's text holds.
 */
export const SIMILAR_ESCALATIONS_SQL = `
  WITH candidate AS (
    (SELECT ${CANDIDATE_COLUMNS} FROM escalation e
      WHERE ${SEARCHED} AND ${SEARCH_VECTOR} @@ $2::tsquery ORDER BY e.resolved_at DESC LIMIT ${CANDIDATES_PER_KIND})
    UNION
    (SELECT ${CANDIDATE_COLUMNS} FROM escalation e
      WHERE ${SEARCHED} AND e.title % $3 ORDER BY e.resolved_at DESC LIMIT ${CANDIDATES_PER_KIND})
  ), hit AS (
    SELECT e.id, e.category = $4 AS same_category, e.affected_service = $5 AS same_service,
           round((0.5 * least(1, ts_rank(${SEARCH_VECTOR}, $2::tsquery)) + 0.3 * similarity(e.title, $3)
             + 0.1 * (e.category = $4)::int + 0.1 * (e.affected_service = $5)::int)::numeric, 3)::float8 AS score
      FROM candidate e
     WHERE e.id <> $1 AND e.resolved_at IS NOT NULL
     ORDER BY score DESC, e.resolved_at DESC, e.id
     LIMIT $7
  ), word AS (
    SELECT DISTINCT ON (stem) w.word, w.n, stem
      FROM regexp_split_to_table($6, '[^[:alnum:]]+') WITH ORDINALITY AS w(word, n),
           unnest(tsvector_to_array(to_tsvector('english', w.word))) AS stem
     ORDER BY stem, w.n
  )
  SELECT e.id, e.number, e.title, e.category, e.affected_service, e.severity, e.resolved_at, e.resolution_summary,
         e.level, e.created_at, hit.score, hit.same_category, hit.same_service,
         array(SELECT word.word FROM word WHERE word.stem = ANY (tsvector_to_array(${SEARCH_VECTOR})) ORDER BY word.n)
           AS matching_words
    FROM hit JOIN escalation e ON e.id = hit.id
   ORDER BY hit.score DESC, e.resolved_at DESC, e.id`;

export interface SimilarEscalationRow {
  id: string;
  number: string;
  title: string;
  category: string;
  affected_service: string;
  severity: Severity;
  resolved_at: Date;
  resolution_summary: string | null;
  level: number;
  created_at: Date;
  score: number;
  same_category: boolean;
  same_service: boolean;
  matching_words: string[];
}

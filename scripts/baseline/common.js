// Shared by both benchmark baselines: a naive .ftl reader (messages and their
// attributes on one line each; select expressions are kept as raw text) and the
// question routing of the flow.

export const base = new URL('/', import.meta.url);

export function parseFtl(src) {
  const out = {};
  let id = null;
  for (const line of src.split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
    if (m) { id = m[1]; out[id] = m[2]; continue; }
    const a = /^\s+\.([a-z]+) = (.*)$/.exec(line);
    if (a && id) out[`${id}.${a[1]}`] = a[2];
  }
  return out;
}

// The next question or outcome id after `q` was answered with `picked` (option ids).
export function next(q, picked) {
  for (const b of q.branches ?? []) {
    const c = b.when;
    if (c['answer-includes'] && picked.includes(c['answer-includes'].option)) return b.to;
    if (c['answer-is'] && picked[0] === c['answer-is'].option) return b.to;
    if (c['count-at-least'] && picked.length >= c['count-at-least'].count) return b.to;
  }
  if (picked.length === 1 && q['next-by-answer']?.[picked[0]]) return q['next-by-answer'][picked[0]];
  return q.next;
}

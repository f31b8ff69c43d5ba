/**
 * Pseudo-code for the notes' other designs, shown beside the picture; design steps name the
 * line they execute (DesignOverlay.line), and a cached lookup's finger part runs the finger
 * lines appended after the cache's own (offset CACHE_HEADER).
 */
export const MODN_CODE: readonly string[] = [
  'n.put(key) / n.get(key):',
  '  owner = nodes[hash(key) mod N]   // every node knows all N nodes, in order',
  '  send the request to owner        // one hop',
  'join(x) / leave(x): N changes, so every node must hear of it',
  '  for every key: owner′ = nodes′[hash(key) mod N′]',
  '  send each key whose owner changed   // about (N−1)/N of all keys',
];

export const LEADER_CODE: readonly string[] = [
  'n.put(key) / n.get(key):',
  '  owner = first node clockwise from hash(key) in n.view',
  '  send the request to owner          // one hop',
  'join(x) / leave(x): send the change to the leader',
  'leader: view = view ± x; view.version += 1',
  '  for every node m: send view to m   // N messages per change',
  'no leader? the highest live id collects every view, keeps the newest, pushes it',
  'owner checks the range: not mine in my view → forward to the owner in my view',
];

export const CACHE_CODE: readonly string[] = [
  'n.find_successor(id), with a cache like DNS:',
  '  if cache[id] and now < cache[id].expires: send straight to cache[id].owner',
  '  else: owner = the finger lookup below; cache[id] = (owner, now + TTL)',
  'owner.put(id, value):',
  '  if "owner checks the range" and id ∉ (predecessor, owner]: forward it on',
  '  else: store it here   // a stale cache makes this the wrong node',
];

/** Lines before the finger lookup's own in the cached pseudo-code. */
export const CACHE_HEADER = CACHE_CODE.length;

/** Which line each kind of design step executes. */
export const MODN_LINES = { route: 1, send: 2, change: 3, rehash: 4, moveKeys: 5 } as const;
export const LEADER_LINES = {
  route: 1,
  send: 2,
  request: 3,
  bump: 4,
  push: 5,
  elect: 6,
  check: 7,
} as const;
export const CACHE_LINES = { hit: 1, fill: 2, store: 5, check: 4, put: 3 } as const;

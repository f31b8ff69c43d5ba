/**
 * Where JSON text first goes wrong, for the messages in which the engine's JSON.parse names no
 * position ("Unexpected token ',', …"): a scan by the JSON grammar, without recursion (the
 * nesting is bounded before, but the scan does not rely on it). Returns the offset of the
 * first character that cannot continue valid JSON, text.length when the text ends too early,
 * or -1 when the text is valid.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'];
const WHITE = /[ \t\n\r]*/y;

export function syntaxErrorAt(t: string): number {
  let i = 0;
  const stack: string[] = [];
  // what may come next: a value, a key, or what follows a value; '…OrEnd' also allows ] or }
  let want: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'after' = 'value';
  const skip = (re: RegExp): boolean => {
    re.lastIndex = i;
    const ok = re.test(t) && re.lastIndex > i;
    if (ok) i = re.lastIndex;
    return ok;
  };
  /** past a string starting at i; the offset of a bad character, or -1 */
  const string = (): number => {
    for (i++; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) return (i++, -1);
      if (c < 32) return i;
      if (c === 92) {
        const e = t[++i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 1, i + 5))) return i;
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return i;
      }
    }
    return i;
  };
  for (;;) {
    skip(WHITE);
    if (i >= t.length) return want === 'after' && stack.length === 0 ? -1 : t.length;
    const c = t[i]!;
    if (want === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (c === ',') [i, want] = [i + 1, top === '[' ? 'value' : 'key'];
      else if (c === (top === '[' ? ']' : '}')) [i, want] = [i + 1, 'after'];
      else return i;
      if (c !== ',') stack.pop();
    } else if (want === 'key' || want === 'keyOrEnd') {
      if (want === 'keyOrEnd' && c === '}') [i, want] = [i + 1, 'after'];
      else if (c !== '"') return i;
      else {
        const bad = string();
        if (bad >= 0) return bad;
        skip(WHITE);
        if (t[i] !== ':') return i;
        [i, want] = [i + 1, 'value'];
        continue;
      }
      stack.pop();
    } else if (want === 'valueOrEnd' && c === ']') {
      [i, want] = [i + 1, 'after'];
      stack.pop();
    } else if (c === '[' || c === '{') {
      stack.push(c);
      [i, want] = [i + 1, c === '[' ? 'valueOrEnd' : 'keyOrEnd'];
    } else if (c === '"') {
      const bad = string();
      if (bad >= 0) return bad;
      want = 'after';
    } else if (skip(NUMBER)) want = 'after';
    else {
      // a word: wrong from its first letter that differs ("tru}" goes wrong at the })
      const word = WORDS.find((w) => w[0] === c);
      if (word === undefined) return i;
      let k = 0;
      while (k < word.length && t[i + k] === word[k]) k++;
      if (k < word.length) return i + k;
      [i, want] = [i + k, 'after'];
    }
  }
}

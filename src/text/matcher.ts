/**
 * Aho–Corasick over UTF-16 units: one pass over the text finds every occurrence of every term, overlapping ones and
 * terms that end inside longer terms included (output links). Terms must already be folded (foldTerm).
 *
 * Layout, chosen for speed on CJK text with a 65,536-unit alphabet: the root has a dense transition table (most
 * steps in prose start again at the root); every other node keeps its children as a slice of `edgeUnit` /
 * `edgeTarget` sorted by unit, searched linearly when short and by bisection when long.
 */
export class Matcher {
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The node itself if a term ends there, else the nearest such node on its failure chain, else 0. */
  private readonly report: Int32Array;
  /** First term ending at a node (-1 if none); `sameNode` chains terms that are equal (two that fold alike). */
  private readonly termAt: Int32Array;
  private readonly sameNode: Int32Array;
  private readonly termLength: Int32Array;

  constructor(terms: readonly string[]) {
    let maxNodes = 1;
    for (const term of terms) maxNodes += term.length;
    const parentOf = new Int32Array(maxNodes);
    const unitOf = new Uint16Array(maxNodes);
    const termAt = new Int32Array(maxNodes).fill(-1);
    this.sameNode = new Int32Array(terms.length).fill(-1);
    this.termLength = new Int32Array(terms.length);

    // Trie insertion through an open-addressing hash of (parent, unit) → child: no per-node objects.
    let size = 1024;
    while (size < maxNodes * 2) size *= 2;
    const mask = size - 1;
    const slotParent = new Int32Array(size).fill(-1);
    const slotUnit = new Uint16Array(size);
    const slotChild = new Int32Array(size);
    let nodes = 1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      if (term.length === 0) throw new Error(`Matcher: term ${t} is empty`);
      this.termLength[t] = term.length;
      let node = 0;
      for (let i = 0; i < term.length; i++) {
        const unit = term.charCodeAt(i);
        let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
        while (slotParent[slot] !== -1 && (slotParent[slot] !== node || slotUnit[slot] !== unit)) {
          slot = (slot + 1) & mask;
        }
        if (slotParent[slot] === -1) {
          slotParent[slot] = node;
          slotUnit[slot] = unit;
          slotChild[slot] = nodes;
          parentOf[nodes] = node;
          unitOf[nodes] = unit;
          nodes++;
        }
        node = slotChild[slot]!;
      }
      if (termAt[node] === -1) termAt[node] = t;
      else {
        let last = termAt[node]!;
        while (this.sameNode[last] !== -1) last = this.sameNode[last]!;
        this.sameNode[last] = t;
      }
    }
    this.termAt = termAt.subarray(0, nodes);

    // Children of node p occupy edgeStart[p] .. edgeStart[p + 1], in ascending unit order: a counting sort by unit,
    // then a stable distribution by parent.
    const byUnit = new Int32Array(0x10001);
    for (let v = 1; v < nodes; v++) byUnit[unitOf[v]! + 1]!++;
    for (let u = 0; u < 0x10000; u++) byUnit[u + 1]! += byUnit[u]!;
    const unitOrder = new Int32Array(nodes - 1);
    for (let v = 1; v < nodes; v++) unitOrder[byUnit[unitOf[v]!]!++] = v;
    this.edgeStart = new Int32Array(nodes + 1);
    for (let v = 1; v < nodes; v++) this.edgeStart[parentOf[v]! + 1]!++;
    for (let p = 0; p < nodes; p++) this.edgeStart[p + 1]! += this.edgeStart[p]!;
    this.edgeUnit = new Uint16Array(nodes);
    this.edgeTarget = new Int32Array(nodes);
    const fill = this.edgeStart.slice(0, nodes);
    for (const v of unitOrder) {
      const slot = fill[parentOf[v]!]!++;
      this.edgeUnit[slot] = unitOf[v]!;
      this.edgeTarget[slot] = v;
    }
    this.rootNext = new Int32Array(0x10000);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++)
      this.rootNext[this.edgeUnit[e]!] = this.edgeTarget[e]!;

    // Failure and report links, breadth first so a node's failure target is done before it.
    this.fail = new Int32Array(nodes);
    this.report = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let head = 0;
    let tail = 0;
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) queue[tail++] = this.edgeTarget[e]!;
    while (head < tail) {
      const v = queue[head++]!;
      this.report[v] = this.termAt[v] !== -1 ? v : this.report[this.fail[v]!]!;
      for (let e = this.edgeStart[v]!; e < this.edgeStart[v + 1]!; e++) {
        const child = this.edgeTarget[e]!;
        this.fail[child] = this.step(this.fail[v]!, this.edgeUnit[e]!);
        queue[tail++] = child;
      }
    }
  }

  /** every occurrence of every term, overlapping ones included, in the given (folded) text */
  scan(text: string, onMatch: (termIndex: number, start: number, end: number) => void): void {
    const { report, fail, termAt, sameNode, termLength } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      for (let r = report[node]!; r !== 0; r = report[fail[r]!]!) {
        for (let t = termAt[r]!; t !== -1; t = sameNode[t]!) onMatch(t, i + 1 - termLength[t]!, i + 1);
      }
    }
  }

  /** The goto-with-failure transition from `node` on `unit`. */
  private step(node: number, unit: number): number {
    const { rootNext, edgeStart, edgeUnit, edgeTarget, fail } = this;
    while (node !== 0) {
      let lo = edgeStart[node]!;
      let hi = edgeStart[node + 1]!;
      if (hi - lo <= 8) {
        for (; lo < hi; lo++) if (edgeUnit[lo] === unit) return edgeTarget[lo]!;
      } else {
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const u = edgeUnit[mid]!;
          if (u === unit) return edgeTarget[mid]!;
          if (u < unit) lo = mid + 1;
          else hi = mid;
        }
      }
      node = fail[node]!;
    }
    return rootNext[unit]!;
  }
}

/**
 * Step 3 of reading a pledge: the hierarchy (docs/so-lieu.md §2, "Hierarchy", and the decided readings). A row's
 * parent is the nearest row above it, in the same group, whose code is its code less the last segment. Bottom up:
 * - a bonus or penalty row is an adjustment of the nearest ancestor that has points (or stands alone);
 * - a row with scored children is a heading; one with points or a method and no scored children is a leaf;
 * - a row with no points of its own whose children are all adjustments is transparent (they go further up);
 * - a coded row with no points, no method and no children is a label, ignored.
 */
import type { Entry } from "./pledgeEntry";

export type NodeKind = "leaf" | "heading" | "adjustment" | "transparent" | "label";

export interface Node {
  readonly entry: Entry;
  readonly key: string;
  kind: NodeKind;
  parent: Node | null;
  readonly children: Node[];
  /** Adjustment nodes this node takes (as a leaf or a heading with points), in sheet order. */
  readonly adjustments: Node[];
  /** The node an adjustment adjusts, or null when it stands alone. */
  adjusts: Node | null;
}

/** The key a code is known by in its group: segments joined, with the group when codes repeat across groups. */
export function entryKey(group: string | null, segments: readonly string[], qualified: boolean): string {
  const k = segments.join("·");
  return qualified && group !== null ? `${group}|${k}` : k;
}

export function buildTree(entries: readonly Entry[], qualified: boolean): readonly Node[] {
  const nodes: Node[] = [];
  let group: string | null | undefined;
  let lastByKey = new Map<string, Node>();
  for (const e of entries) {
    if (e.group !== group) {
      group = e.group;
      lastByKey = new Map();
    }
    const segs = e.walked.segments;
    const key = entryKey(e.group, segs, qualified);
    const parentKey = segs.length > 1 ? entryKey(e.group, segs.slice(0, -1), qualified) : null;
    const parent = parentKey === null ? null : (lastByKey.get(parentKey) ?? null);
    const node: Node = { entry: e, key, kind: "label", parent, children: [], adjustments: [], adjusts: null };
    parent?.children.push(node);
    lastByKey.set(segs.join("·"), node);
    lastByKey.set(key, node);
    nodes.push(node);
  }
  // Bottom up: children come after their parent in sheet order, so a reverse pass sees them first.
  const pending = new Map<Node, Node[]>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n === undefined) continue;
    const e = n.entry;
    const bubbled: Node[] = [];
    let scored = false;
    for (const c of n.children) {
      if (c.kind === "adjustment") bubbled.push(c);
      // What a child could not take (a transparent row, an adjustment's own children, a heading without points).
      bubbled.push(...(pending.get(c) ?? []));
      if (c.kind === "leaf" || c.kind === "heading") scored = true;
    }
    bubbled.sort((a, b) => a.entry.r - b.entry.r);
    const isAdjustment = e.rule === "bonus" || e.rule === "penalty";
    const hasMethod = e.ruleSource !== "blank" || e.bands.length > 0;
    if (isAdjustment) {
      n.kind = "adjustment";
      pending.set(n, bubbled);
    } else if (scored) {
      n.kind = "heading";
      if (e.points !== null) take(n, bubbled);
      else pending.set(n, bubbled);
    } else if (e.points !== null || e.pointsWritten || hasMethod) {
      n.kind = "leaf";
      take(n, bubbled);
    } else if (bubbled.length > 0) {
      n.kind = "transparent";
      pending.set(n, bubbled);
    } else {
      n.kind = "label";
    }
  }
  // What reaches the top untaken stands alone as bonus or penalty rows (adjusts stays null).
  return nodes;

  function take(n: Node, adjustments: readonly Node[]): void {
    for (const a of adjustments) {
      a.adjusts = n;
      n.adjustments.push(a);
    }
  }
}

export function isScored(n: Node): boolean {
  return n.kind === "leaf" || n.kind === "heading";
}

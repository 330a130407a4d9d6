/**
 * A cluster of first-fit clustering with its members grouped by kind: members with one signature (every field the
 * compatibility tests read) fit the same mentions, so "every member fits" is asked of one member per kind. Clusters
 * of many copies of one report then cost a few tests instead of one per member.
 */
export interface Kinded {
  readonly order: number;
  readonly actors: readonly string[];
  readonly states: readonly string[];
  readonly diplomatic: boolean;
}

export class Summary<T extends Kinded> {
  readonly members: T[] = [];
  /** Signature -> its first member and how many members have it. */
  readonly kinds = new Map<string, { readonly rep: T; count: number }>();
  /** Every actor and state its members name, and whether one of them is a diplomatic act. */
  readonly actors = new Set<string>();
  readonly states = new Set<string>();
  diplomatic = false;

  add(it: T, signature: string): void {
    this.members.push(it);
    const kind = this.kinds.get(signature);
    if (kind) kind.count++;
    else this.kinds.set(signature, { rep: it, count: 1 });
    for (const a of it.actors) this.actors.add(a);
    for (const s of it.states) this.states.add(s);
    if (it.diplomatic) this.diplomatic = true;
  }

  /** `test` holds for every member, asked once per kind (`test` must read only what signatures hold). */
  everyKind(test: (rep: T) => boolean): boolean {
    for (const kind of this.kinds.values()) if (!test(kind.rep)) return false;
    return true;
  }
}

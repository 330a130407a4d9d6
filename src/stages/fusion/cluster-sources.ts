/**
 * Which documents a cluster's members come from, counted so that "every member is from document d or aligned with
 * the newcomer" costs one look-up plus the newcomer's aligned partners, never a scan of the members: fusion stays
 * near-linear however large a cluster grows.
 */
export interface Sourced {
  readonly doc: string;
  readonly order: number;
}

export class ClusterSources {
  private total = 0;
  private readonly byDoc = new Map<string, number>();
  /** The members `vague` picked out (placeless and dateless), counted the same way. */
  private vagueTotal = 0;
  private readonly vagueByDoc = new Map<string, number>();

  add(it: Sourced, vague: boolean): void {
    this.total++;
    this.byDoc.set(it.doc, (this.byDoc.get(it.doc) ?? 0) + 1);
    if (!vague) return;
    this.vagueTotal++;
    this.vagueByDoc.set(it.doc, (this.vagueByDoc.get(it.doc) ?? 0) + 1);
  }

  /**
   * Every member (`onlyVague`: every vague member) is from `it`'s document or among `inCluster`, the members
   * provenance-aligned with `it` (each once, with whether it is vague).
   */
  vouchedFor(it: Sourced, inCluster: readonly { doc: string; vague: boolean }[], onlyVague: boolean): boolean {
    const own = (onlyVague ? this.vagueByDoc : this.byDoc).get(it.doc) ?? 0;
    let aligned = 0;
    for (const m of inCluster) if (m.doc !== it.doc && (m.vague || !onlyVague)) aligned++;
    return own + aligned === (onlyVague ? this.vagueTotal : this.total);
  }
}

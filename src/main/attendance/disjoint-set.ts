/** Union-find over dense integer ids, with path halving and union by size. */
export class DisjointSet {
  private readonly parent: number[] = []
  private readonly size: number[] = []

  /** Adds a new singleton and returns its id. */
  add(): number {
    const id = this.parent.length
    this.parent.push(id)
    this.size.push(1)
    return id
  }

  find(id: number): number {
    const parent = this.parent
    while (parent[id] !== id) {
      parent[id] = parent[parent[id]]
      id = parent[id]
    }
    return id
  }

  union(a: number, b: number): number {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return rootA
    if (this.size[rootA] < this.size[rootB]) [rootA, rootB] = [rootB, rootA]
    this.parent[rootB] = rootA
    this.size[rootA] += this.size[rootB]
    return rootA
  }
}

/** Union-find over the ids 0..size-1, with path halving and union by size. */
export class DisjointSet {
  private readonly parent: Int32Array
  private readonly size: Int32Array

  constructor(count: number) {
    this.parent = new Int32Array(count)
    this.size = new Int32Array(count).fill(1)
    for (let i = 0; i < count; i++) this.parent[i] = i
  }

  find(id: number): number {
    const parent = this.parent
    while (parent[id] !== id) {
      parent[id] = parent[parent[id]]
      id = parent[id]
    }
    return id
  }

  /** Joins the two sets and returns the root of the result. */
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

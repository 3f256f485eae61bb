func runScale(count: Int, seed: UInt64) { print("scale: not yet") }

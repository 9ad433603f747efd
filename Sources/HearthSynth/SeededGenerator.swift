import Foundation

/// The synthetic county's own pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Hearth never uses `SystemRandomNumberGenerator` or the standard library's sampling helpers
/// (`Int.random(in:using:)` may change algorithm between Swift releases); every draw goes through
/// the methods below so the same seed gives the same county on every machine and toolchain.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// An independent stream for one entity (a child, a post), so that each is simulated from
    /// its own numbers and adding a child never shifts another child's history.
    public init(seed: UInt64, stream: UInt64, index: UInt64) {
        var sm = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03) ^ (index &* 0x9E37_79B9_7F4A_7C15))
        _ = sm.next()
        self.init(seed: sm.next())
    }

    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    // MARK: Sampling

    /// Uniform in [0, 1), 53 bits.
    @inline(__always) public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    @inline(__always) public mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// Uniform integer in `0..<n` (Lemire's multiply-shift; bias is negligible for our n).
    @inline(__always) public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform integer in the closed range.
    @inline(__always) public mutating func int(_ r: ClosedRange<Int>) -> Int {
        r.lowerBound + below(r.upperBound - r.lowerBound + 1)
    }

    /// Exponential with the given mean.
    public mutating func exponential(mean: Double) -> Double {
        -mean * log1p(-uniform())
    }

    /// Standard normal (Box–Muller; one value per call for simplicity).
    public mutating func normal() -> Double {
        let u1 = max(uniform(), 1e-300), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Poisson count with mean `lambda`: Knuth for small means, a rounded normal above 30.
    public mutating func poisson(_ lambda: Double) -> Int {
        if lambda <= 0 { return 0 }
        if lambda > 30 { return max(0, Int((lambda + lambda.squareRoot() * normal()).rounded())) }
        let l = exp(-lambda)
        var k = 0, p = 1.0
        repeat { k += 1; p *= uniform() } while p > l
        return k - 1
    }

    /// An index drawn with probability proportional to `weights`.
    public mutating func pick(_ weights: [Double]) -> Int {
        var total = 0.0
        for w in weights { total += w }
        var x = uniform() * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    /// One element drawn with probability proportional to its weight.
    public mutating func pick<T>(_ table: WeightedTable<T>) -> T {
        let x = uniform() * table.total
        var lo = 0, hi = table.cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if table.cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return table.values[lo]
    }
}

/// A distribution over values, precomputed for fast repeated draws.
public struct WeightedTable<T>: @unchecked Sendable {
    public let values: [T]
    let cumulative: [Double]
    let total: Double
    public init(_ entries: [(T, Double)]) {
        values = entries.map(\.0)
        var c: [Double] = [], t = 0.0
        for e in entries { t += e.1; c.append(t) }
        cumulative = c; total = t
    }
}

/// SplitMix64, used only to expand a seed into xoshiro state.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

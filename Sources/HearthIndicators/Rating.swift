import Hearth

/// A RAG rating (scorecard §3.1).
public enum RAG: String, Sendable, Codable, CaseIterable {
    case green = "G", amber = "A", red = "R"
    public var word: String {
        switch self { case .green: "Green"; case .amber: "Amber"; case .red: "Red" }
    }
}

/// Month-on-month direction of travel (scorecard §3.5).
public enum Direction: String, Sendable, Codable {
    case improved, same, worsened
}

/// Target, floor and tolerances for one indicator in one period (scorecard §3.3, §14 IndicatorThreshold).
public struct Thresholds: Hashable, Sendable, Codable {
    public var target: Double
    /// Minimum standard; nil when none is known (then a miss is Amber, never Red).
    public var floor: Double?
    /// Whether a value exactly at the floor is Amber (true) or Red (false). Defaults follow the
    /// printed bandings: H floors are Amber ("80% to 90% = Amber"), L floors are Red ("13% and above = Red").
    public var floorIsAmber: Bool?
    /// Polarity T: distance from the target still Green.
    public var greenTolerance: Double?
    /// Polarity T: distance from the target still Amber; beyond it is Red.
    public var floorTolerance: Double?

    public init(target: Double, floor: Double? = nil, floorIsAmber: Bool? = nil,
                greenTolerance: Double? = nil, floorTolerance: Double? = nil) {
        self.target = target; self.floor = floor; self.floorIsAmber = floorIsAmber
        self.greenTolerance = greenTolerance; self.floorTolerance = floorTolerance
    }
}

/// The rating rules (scorecard §3.3–§3.5).
public enum Rating {
    /// Smallest denominator that is rated; below it there is no RAG (§3.4).
    public static let minimumRatedDenominator = 5.0

    /// Rates the unrounded value `v`. `denominator` nil means a count (never suppressed);
    /// a denominator of 0 has no result and 1–4 no RAG.
    public static func rate(_ v: Double, denominator: Double?, polarity: Polarity, _ t: Thresholds) -> RAG? {
        if let d = denominator, d < minimumRatedDenominator { return nil }
        switch polarity {
        case .higher:
            if v >= t.target { return .green }
            guard let f = t.floor else { return .amber }
            if v > f || (v == f && (t.floorIsAmber ?? true)) { return .amber }
            return .red
        case .lower:
            if v <= t.target { return .green }
            guard let f = t.floor else { return .amber }
            if v < f || (v == f && (t.floorIsAmber ?? false)) { return .amber }
            return .red
        case .target:
            let gap = abs(v - t.target)
            if gap <= (t.greenTolerance ?? 0) + 1e-9 { return .green }
            guard let ft = t.floorTolerance else { return .amber }
            return gap <= ft + 1e-9 ? .amber : .red
        }
    }

    /// Caution highlight: a denominator of 1 to 9 (§3.4).
    public static func isCaution(denominator: Double?) -> Bool {
        guard let d = denominator else { return false }
        return d > 0 && d < 10
    }

    /// Direction of travel from `previous` to `current`, compared at display precision (1 dp).
    public static func direction(from previous: Double?, to current: Double?, polarity: Polarity,
                                 target: Double?) -> Direction? {
        guard let p = previous, let c = current else { return nil }
        let pr = roundHalfUp(p), cr = roundHalfUp(c)
        if pr == cr { return .same }
        switch polarity {
        case .higher: return cr > pr ? .improved : .worsened
        case .lower: return cr < pr ? .improved : .worsened
        case .target:
            guard let t = target else { return nil }
            let before = abs(pr - t), after = abs(cr - t)
            if abs(before - after) < 1e-9 { return .same }
            return after < before ? .improved : .worsened
        }
    }

    /// Half-up rounding to `places` decimals, as the printed scorecard rounds (36.25 → 36.3).
    public static func roundHalfUp(_ v: Double, places: Int = 1) -> Double {
        var m = 1.0
        for _ in 0..<places { m *= 10 }
        let r = (abs(v) * m + 0.5 + 1e-9).rounded(.down) / m
        return v < 0 ? -r : r
    }
}

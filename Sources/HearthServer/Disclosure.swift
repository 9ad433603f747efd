/// Statistical disclosure control for aggregate-only roles, following the EES conventions
/// (spec returns §5): a count of 1 to 4 children is shown as `c` (confidential), and any figure
/// derived from a suppressed count (a change, a percentage) is suppressed too, so it cannot be
/// worked back. Zero is shown: it identifies no one.
public struct Disclosure: Sendable {
    public let suppress: Bool

    public init(for role: StaffRole) { suppress = role.seesSuppressedAggregates }
    public init(suppress: Bool) { self.suppress = suppress }

    public static let symbol = "c"

    public func isSuppressed(_ count: Int) -> Bool { suppress && (1...4).contains(count) }

    public func count(_ n: Int) -> String { isSuppressed(n) ? Self.symbol : String(n) }

    /// A change between two counts: suppressed if either count is.
    public func change(this: Int, last: Int) -> String {
        if isSuppressed(this) || isSuppressed(last) { return Self.symbol }
        let d = this - last
        return d > 0 ? "+\(d)" : String(d)
    }

    /// A percentage numerator / denominator: suppressed if either count is.
    public func percentage(_ numerator: Int, of denominator: Int, places: Int = 1) -> String {
        guard denominator > 0 else { return "–" }
        if isSuppressed(numerator) || isSuppressed(denominator) { return Self.symbol }
        let v = Double(numerator) / Double(denominator) * 100
        let p = pow10(places)
        return String((v * p).rounded() / p) + "%"
    }

    private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
}

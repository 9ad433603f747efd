import Hearth

/// The rolling-3-months short-term value shown for R12M indicators (scorecard §2).
public struct ShortTermResult: Sendable, Codable, Equatable {
    public var value: Double?
    public var numerator: Double
    public var denominator: Double?
    public var rag: RAG?
}

/// One indicator for one unit and month: the scorecard row (scorecard §14 `Result`).
public struct IndicatorResult: Sendable {
    public var definition: IndicatorDefinition
    public var month: ReportingMonth
    public var unit: ReportingUnit
    public var excludingUASC: Bool
    public var window: Window
    /// Unrounded; nil when the denominator is 0 (no result).
    public var value: Double?
    public var numerator: Double
    /// Nil for counts.
    public var denominator: Double?
    public var rag: RAG?
    /// Denominator 1–9 (highlighted).
    public var caution: Bool
    public var thresholds: Thresholds?
    public var previousValue: Double?
    public var direction: Direction?
    public var yearAgoValue: Double?
    public var rolling3: ShortTermResult?
    /// Withdrawn from publication this month (id 26 from January 2017): computed, not rated.
    public var removed: Bool
    /// Who is behind the numerator and the denominator (children, or posts/workers/households for staffing).
    public var numeratorSubjects: [SubjectRef]
    public var denominatorSubjects: [SubjectRef]

    public var id: String { definition.id }
    public var name: String { definition.name }
}

extension IndicatorResult {
    /// The displayed value: percentages and averages at 1 dp half-up, counts whole.
    public var displayValue: String { Self.display(value, unit: definition.unit) }

    public static func display(_ v: Double?, unit: IndicatorUnit) -> String {
        guard let v else { return "-" }
        switch unit {
        case .count: return String(Int(v.rounded()))
        case .percent: return oneDecimal(v) + "%"
        case .days, .ratio: return oneDecimal(v)
        }
    }

    public static func oneDecimal(_ v: Double) -> String {
        let r = Rating.roundHalfUp(v)
        let tenths = Int((abs(r) * 10).rounded())
        return (r < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// Numerators and denominators print whole unless they are FTE.
    public static func displayAmount(_ v: Double?) -> String {
        guard let v else { return "-" }
        return v == v.rounded() ? String(Int(v)) : oneDecimal(v)
    }
}

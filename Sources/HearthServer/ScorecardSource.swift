import Hearth

/// A RAG rating, always shown as a word as well as a colour.
public enum RAGWord: String, Sendable, Codable {
    case green = "Green", amber = "Amber", red = "Red"
    public var cssClass: String { "rag-" + rawValue.lowercased() }
}

/// One scorecard row as the pages show it (spec scorecard §4.1), computed by the indicators engine.
public struct ScorecardRow: Sendable, Codable {
    public var id: String
    public var name: String
    public var section: String
    /// H, L or T (spec §3.2); empty when the indicator has none.
    public var polarity: String
    /// SS, R12M, YTD…
    public var period: String
    public var value: Double?
    public var displayValue: String
    public var rag: RAGWord?
    public var numerator: Double?
    public var denominator: Double?
    /// Whether the value is a share of the denominator (a percentage), so withheld when either count is.
    public var isPercentage: Bool
    /// Denominator 1–9: highlighted for caution (spec §3.4).
    public var caution: Bool
    public var target: String
    public var floor: String
    public var previous: String
    /// improved / same / worsened, or nil without a previous value.
    public var direction: String?
    public var yearAgo: String
    public var rolling3: String?
    public var rolling3RAG: RAGWord?

    public init(id: String, name: String, section: String, polarity: String, period: String, value: Double?,
                displayValue: String, rag: RAGWord?, numerator: Double?, denominator: Double?, isPercentage: Bool,
                caution: Bool, target: String, floor: String, previous: String, direction: String?, yearAgo: String,
                rolling3: String?, rolling3RAG: RAGWord?) {
        self.id = id; self.name = name; self.section = section; self.polarity = polarity; self.period = period
        self.value = value; self.displayValue = displayValue; self.rag = rag; self.numerator = numerator
        self.denominator = denominator; self.isPercentage = isPercentage; self.caution = caution; self.target = target
        self.floor = floor; self.previous = previous; self.direction = direction; self.yearAgo = yearAgo
        self.rolling3 = rolling3; self.rolling3RAG = rolling3RAG
    }
}

/// One month of an indicator's trend.
public struct TrendPoint: Sendable, Codable {
    public var month: Day
    public var value: Double?
    public var target: Double?
    public var floor: Double?
    public var rag: RAGWord?
    public init(month: Day, value: Double?, target: Double?, floor: Double?, rag: RAGWord?) {
        self.month = month; self.value = value; self.target = target; self.floor = floor; self.rag = rag
    }
}

/// An indicator in depth: the row, its trend, its breakdown by unit, and who is behind it.
public struct IndicatorDetail: Sendable {
    public var row: ScorecardRow
    public var definition: String
    public var trend: [TrendPoint]
    /// The same indicator for the county, each area and each team.
    public var breakdown: [(unit: ReportingUnit, name: String, row: ScorecardRow)]
    /// Children counted in the numerator and the denominator.
    public var numeratorChildren: [ChildID]
    public var denominatorChildren: [ChildID]
    public init(row: ScorecardRow, definition: String, trend: [TrendPoint],
                breakdown: [(unit: ReportingUnit, name: String, row: ScorecardRow)],
                numeratorChildren: [ChildID], denominatorChildren: [ChildID]) {
        self.row = row; self.definition = definition; self.trend = trend; self.breakdown = breakdown
        self.numeratorChildren = numeratorChildren; self.denominatorChildren = denominatorChildren
    }
}

/// What the scorecard pages need from the indicators engine. The engine adapter satisfies it;
/// the server computes no indicator itself.
public protocol ScorecardSource: Sendable {
    /// Every scorecard indicator for `unit` in the month containing `month`.
    func scorecard(_ snapshot: CaseloadSnapshot, month: Day, unit: ReportingUnit, excludingUASC: Bool) async throws -> [ScorecardRow]
    /// One indicator with a `months`-long trend, or nil for an unknown id.
    func indicator(_ snapshot: CaseloadSnapshot, id: String, month: Day, unit: ReportingUnit, excludingUASC: Bool,
                   months: Int) async throws -> IndicatorDetail?
}

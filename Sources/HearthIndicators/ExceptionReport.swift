import Hearth

/// An exception report for a Red indicator (scorecard §7): the last four months' result, target and
/// RAG, the bandings and the data notes.
public struct ExceptionReport: Sendable {
    public struct TrendPoint: Sendable {
        public var month: ReportingMonth
        public var value: Double?
        public var target: Double?
        public var rag: RAG?
    }
    public var result: IndicatorResult
    public var trend: [TrendPoint]
    public var bandings: String
    public var tolerance: String
    public var dataNotes: String
    public var dataSource: String

    public var title: String { "\(result.name) – \(RAG.red.word)" }

    /// Reports for every Red indicator on the unit's scorecard.
    public static func reports(_ engine: ScorecardEngine, month: ReportingMonth, unit: ReportingUnit = .council,
                               excludingUASC: Bool = false) -> [ExceptionReport] {
        engine.scorecard(month: month, unit: unit, excludingUASC: excludingUASC).filter { $0.rag == .red }.map { r in
            let trend = (0..<4).reversed().map { back -> TrendPoint in
                let m = month.adding(months: -back)
                let x = engine.result(r.definition, month: m, unit: unit, excludingUASC: excludingUASC)
                return TrendPoint(month: m, value: x?.value, target: x?.thresholds?.target, rag: x?.rag)
            }
            return ExceptionReport(result: r, trend: trend, bandings: bandings(r.definition, r.thresholds),
                                   tolerance: r.definition.polarity == .higher ? "Higher values are better"
                                       : r.definition.polarity == .lower ? "Lower values are better" : "Values close to the target are better",
                                   dataNotes: dataNotes(r.definition, month), dataSource: "Hearth case records")
        }
    }

    /// "Target: 90% (RAG Bandings: Below 80% = Red, 80% to 90% = Amber, 90% and above = Green)".
    public static func bandings(_ d: IndicatorDefinition, _ t: Thresholds?) -> String {
        guard let t else { return "No target set" }
        let u = d.unit == .percent ? "%" : ""
        func f(_ v: Double) -> String {
            if v == v.rounded() { return String(Int(v)) + u }
            if (v * 10).rounded() == v * 10 { return IndicatorResult.oneDecimal(v) + u }
            let hundredths = Int((v * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)" + u
        }
        let target = "Target: \(f(t.target))"
        switch d.polarity {
        case .higher:
            guard let fl = t.floor else { return "\(target) (RAG Bandings: below \(f(t.target)) = Amber, \(f(t.target)) and above = Green)" }
            return "\(target) (RAG Bandings: Below \(f(fl)) = Red, \(f(fl)) to \(f(t.target)) = Amber, \(f(t.target)) and above = Green)"
        case .lower:
            guard let fl = t.floor else { return "\(target) (RAG Bandings: above \(f(t.target)) = Amber, \(f(t.target)) and below = Green)" }
            return "\(target) (RAG Bandings: \(f(fl)) and above = Red, \(f(t.target)) to \(f(fl)) = Amber, \(f(t.target)) and below = Green)"
        case .target:
            let g = t.greenTolerance ?? 0, fl = t.floorTolerance
            let green = "\(f(t.target - g)) to \(f(t.target + g)) = Green"
            guard let fl else { return "\(target) (RAG Bandings: \(green), otherwise Amber)" }
            return "\(target) (RAG Bandings: \(green), \(f(t.target - fl)) to \(f(t.target + fl)) = Amber, otherwise Red)"
        }
    }

    static func dataNotes(_ d: IndicatorDefinition, _ month: ReportingMonth) -> String {
        switch d.period {
        case .snapshot: return "Data: snapshot taken on the last working day of each calendar month"
        case .rolling12Months:
            return "Data: rolling 12 months. The result for \(month) shows performance for \(month.adding(months: -11)) to \(month)"
        case .rolling36Months: return "Data: rolling 36 months to \(month)"
        case .yearToDate: return "Data: year to date, April to \(month)"
        }
    }
}

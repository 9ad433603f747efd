import Hearth

/// The range of values published for an indicator: Kent's (every edition, comparator, rolling and
/// area figure in the scorecard spec) and England's (returns.md §5), for sanity checks on
/// synthetic data. Counts are per Kent-sized county and scale with the county.
public struct PublishedRange: Sendable {
    public var id: String
    public var low: Double
    public var high: Double
    public var isCount: Bool
    public var source: String

    /// The range widened by ±50% (low × 0.5, high × 1.5), percentages capped at 100; counts scaled.
    public func widened(scale: Double = 1) -> ClosedRange<Double> {
        let s = isCount ? scale : 1
        let upper = high * 1.5 * s
        let unit = IndicatorCatalogue.definition(id)?.unit
        return (low * 0.5 * s)...(unit == .percent ? min(100, upper) : upper)
    }

    public static let all: [PublishedRange] = [
        r("1", 21.9, 24.6, "Kent 2015-18; England 21.9%"), r("2", 89.3, 92.7, "Kent 2015-17"), c("3", 15, 58, "Kent 2015-17"),
        r("4", 97.4, 98.3, "Kent"), r("5", 85.1, 90.3, "Kent"), r("6", 80.0, 92.0, "Kent"), c("7", 0, 130, "Kent"),
        r("8", 79.5, 83.0, "Kent"), r("9", 55.8, 73.9, "Kent trend"), r("10", 4.5, 7.8, "Kent"), r("11", 90.1, 92.6, "Kent"),
        r("12", 99.9, 100, "Kent"), r("13", 18.2, 22.9, "Kent; England 18.7%"), r("14", 2.2, 5.9, "Kent"),
        r("15", 98.0, 98.5, "Kent"), r("16", 83.1, 87.2, "Kent"), r("17", 9.6, 13.8, "Kent; England 10%"),
        r("18", 64.3, 74.2, "Kent incl. areas; England 68-69%"), r("19", 85.2, 87.5, "Kent"), r("20", 80.1, 81.4, "Kent"),
        r("21", 94.9, 96.1, "Kent"), r("22", 77.8, 98.6, "Kent"), r("23", 90.4, 94.3, "Kent"), r("24", 88.1, 89.7, "Kent"),
        r("25", 25.5, 84.2, "Kent"), r("26", 52.6, 75.8, "Kent"), r("27", 49.2, 58.8, "Kent"), r("28", 59.0, 76.5, "Kent"),
        r("29", 287.7, 545.7, "Kent; England 458-486 days"), r("30", 99.9, 220.4, "Kent; England threshold 121-213"),
        r("31", 10.2, 21.3, "Kent"), r("32", 57.5, 68.0, "Kent"), r("33", 87.9, 92.4, "Kent"), r("34", 53.7, 66.0, "Kent; England 54-64%"),
        r("35", 90.7, 93.5, "Kent"), r("36", 71.8, 98.7, "Kent"), r("37", 50.8, 81.4, "Kent"), r("38", 1.3, 5.1, "Kent"),
        r("39", 62.9, 71.0, "Kent"), r("40", 58.7, 71.0, "Kent"), r("41", 75.1, 82.9, "Kent"), r("42", 11.9, 20.6, "Kent; England 15.8%"),
        r("43", 15.1, 16.3, "Kent"), r("44", 19.6, 23.4, "Kent"), r("45", 16.6, 18.8, "Kent"),
        c("SUF1", 1948, 2248, "Kent LAC Aug 2016, Jan 2017"), r("SUF2", 87.9, 92.4, "Kent"), c("SUF3", 1085, 1115, "Kent id 20 numerators"),
        r("SUF4", 64.3, 74.2, "as id 18"), r("SUF5", 86.3, 90.5, "Kent 2015-16"), r("SUF6", 9.6, 13.8, "as id 17"),
        r("SUF7", 287.7, 545.7, "as id 29"),
        r("NAT-3PL", 9, 12, "England 2025 regions"), r("NAT-3PL2Y", 21, 25, "England 2025 regions"),
        r("NAT-LTS", 65, 74.2, "England regions; Kent"), r("A1", 287.7, 545.7, "Kent id 29; England 458-486"),
        r("A2", 99.9, 220.4, "Kent id 30"), r("A10", 287.7, 545.7, "as A1"), r("NAT-CL-EET-17-18", 64, 64, "England 2025"),
        r("NAT-CL-EET-19-21", 54, 54, "England 2025"), r("NAT-CP2", 18.2, 22.9, "Kent id 13; England 18.7%"),
    ]

    private static func r(_ id: String, _ low: Double, _ high: Double, _ source: String) -> PublishedRange {
        PublishedRange(id: id, low: low, high: high, isCount: false, source: source)
    }
    private static func c(_ id: String, _ low: Double, _ high: Double, _ source: String) -> PublishedRange {
        PublishedRange(id: id, low: low, high: high, isCount: true, source: source)
    }
}

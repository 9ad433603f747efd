import Hearth

/// Every indicator the engine knows: the 45 SCS scorecard indicators (scorecard §4.2), the eight
/// sufficiency measures (§9) and the DfE national measures (returns.md §5).
public enum IndicatorCatalogue {
    /// The 45 scorecard indicators in page order (id 26 marked removed from January 2017).
    public static let scorecard: [IndicatorDefinition] =
        referralAndChildInNeed + childProtection + childrenInCare + adoption + careLeavers + qualityAndStaffing

    public static let all: [IndicatorDefinition] = scorecard + sufficiency + national

    private static let byID: [String: IndicatorDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func definition(_ id: String) -> IndicatorDefinition? { byID[id] ?? byID[id.uppercased()] }
}

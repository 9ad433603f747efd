import Hearth

/// Everything a child's simulation reads but never changes: the structure, the workforce, the
/// places, the calendar and the dates. Shared by all children, so they can be simulated
/// independently (and in any order) from their own random streams.
final class SynthContext: Sendable {
    let parameters: SynthParameters
    let structure: KentStructure
    let workforce: SyntheticWorkforce
    let places: SyntheticPlaces
    let calendar = WorkingDayCalendar.englandAndWales
    /// The first day of the burn-in: arrivals start here so that the stock on the first day of
    /// recorded history is already at steady state.
    let burnInStart: Day
    let historyStart: Day
    let extract: Day
    /// Dates on which the semi-independent placement code changed: new placements are K3 from
    /// 1 April 2024; H5 is withdrawn in 2025/26, so an H5 placement still open is retyped K3 on
    /// 31 March 2025. (Retyped on 1 April, its H5 episode would end on 1 April and still be
    /// written in the 2025/26 return, which holds every episode open on or after 1 April: 903 rule 146.)
    let k3From = Day(2024, 4, 1)
    let h5Until = Day(2025, 3, 31)
    let districtWeights: WeightedTable<Int>

    init(_ p: SynthParameters) {
        parameters = p
        extract = p.extractDate
        historyStart = p.historyStart
        burnInStart = p.historyStart.adding(years: -ModelParameters.burnInYears)
        structure = .kent
        workforce = SyntheticWorkforce(structure: structure, scale: p.scale, seed: p.seed, from: burnInStart, to: extract)
        places = SyntheticPlaces(structure: structure, scale: p.scale, seed: p.seed, from: burnInStart, to: extract)
        districtWeights = WeightedTable(structure.districts.enumerated().map { ($0.offset, $0.element.weight) })
    }

    func team(_ i: Int) -> Team { structure.teams[i].team }
}

import Hearth
import HearthReturns

/// Small readings of 903 cells shared by the batch 2 rules (care-leaver, episode-sequence and
/// postcode rules). Kept here, not in the framework, so batches can be written in parallel.
extension SSDA903Table {
    /// True when the cell is empty: the DfE validator reads an empty CSV cell as "not recorded".
    func isBlank(_ row: Int, _ column: String) -> Bool { self[row, column].isEmpty }

    /// True when any of `columns` holds a value in `row`.
    func anyRecorded(_ row: Int, _ columns: [String]) -> Bool { columns.contains { !self[row, $0].isEmpty } }

    /// Rows of each child, in file order.
    func rowsPerChild() -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for i in 0..<count { groups[self[i, "CHILD"], default: []].append(i) }
        return groups
    }
}

/// The OC3 care-leaver fields; a row with any of them filled in is "care leaver information".
let careLeaverFields = ["IN_TOUCH", "ACTIV", "ACCOM"]

/// Temporary placement codes (T0–T4).
let temporaryPlacements: Set<String> = ["T0", "T1", "T2", "T3", "T4"]

/// Short-break (respite) legal statuses.
let shortBreakStatuses: Set<String> = ["V3", "V4"]

extension ValidationContext {
    /// The date in `column` of `row`, or nil when blank or not a date.
    func day(_ table: SSDA903Table, _ row: Int, _ column: String) -> Day? { date(table[row, column]) }

    /// A child's episodes in DECOM order with a readable DECOM (the DfE validator skips others
    /// when looking for a first or last episode).
    func datedEpisodes(of child: String) -> [Int] {
        let episodes = table(.episodes)
        return (episodesByChild[child] ?? []).filter { date(episodes[$0, "DECOM"]) != nil }
    }

    /// The upper-tier local authority of an episode's placement, named as the DfE validator
    /// names it (`PL_LA`): the ONS code for England, and WAL, SCO or NIR for the other nations.
    /// Nil when the postcode is blank, unknown or no directory was given.
    func placementAuthority(_ episodes: SSDA903Table, _ row: Int) -> String? {
        let postcode = episodes[row, "PL_POST"]
        guard !postcode.isEmpty, let code = postcodes?.localAuthority(postcode) else { return nil }
        switch code.first {
        case "W": return "WAL"
        case "S": return "SCO"
        case "N": return "NIR"
        default: return code
        }
    }

    /// Whether the placement is inside the submitting council's area (`PL_LOCATION` IN/OUT);
    /// nil when the placement authority or the council is unknown.
    func placedInsideCouncil(_ episodes: SSDA903Table, _ row: Int) -> Bool? {
        guard let la = placementAuthority(episodes, row), let own = localAuthority else { return nil }
        return la == own
    }

    /// The 903 `PL_DISTANCE` in miles between home and placement postcodes, or nil when either
    /// is blank or not in the directory.
    func placementDistance(_ episodes: SSDA903Table, _ row: Int) -> Double? {
        let home = episodes[row, "HOME_POST"], placed = episodes[row, "PL_POST"]
        guard !home.isEmpty, !placed.isEmpty, let postcodes,
              let h = postcodes.gridReference(GridReference.normalise(home)),
              let p = postcodes.gridReference(GridReference.normalise(placed)) else { return nil }
        return h.milesTo(p)
    }
}

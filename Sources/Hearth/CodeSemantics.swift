// Groupings of codes that indicators, validation and the synthetic county all rely on.

extension PlacementType {
    /// U1–U6: any foster placement.
    public var isFoster: Bool { ["U1", "U2", "U3", "U4", "U5", "U6"].contains(rawValue) }
    /// U1–U3: fostering with relatives or friends (connected persons).
    public var isRelativeOrFriendFoster: Bool { ["U1", "U2", "U3"].contains(rawValue) }
    /// A3–A6: placed for adoption.
    public var isPlacedForAdoption: Bool { ["A3", "A4", "A5", "A6"].contains(rawValue) }
    /// A3, A5: placed for adoption with the current foster carer(s).
    public var isAdoptionWithCurrentFosterCarer: Bool { rawValue == "A3" || rawValue == "A5" }
    /// T0–T4: temporary moves, not counted as placements by the stability measures.
    public var isTemporary: Bool { rawValue.hasPrefix("T") }
    /// K1, K2: secure and regulated children's homes.
    public var isChildrensHome: Bool { rawValue == "K1" || rawValue == "K2" }
}

extension LegalStatus {
    /// V3, V4: agreed series of short-term breaks, excluded from the national stability measures.
    public var isShortBreak: Bool { rawValue == "V3" || rawValue == "V4" }
    /// C1, C2: interim and full care orders.
    public var isCareOrder: Bool { rawValue == "C1" || rawValue == "C2" }
    /// D1, E1: court authority to place for adoption (A2 starts here).
    public var isCourtAuthorityToPlace: Bool { rawValue == "D1" || rawValue == "E1" }
}

extension ReasonEpisodeCeased {
    /// X1: the period of care continues in a new episode.
    public var continuesCare: Bool { rawValue == "X1" }
    /// E11, E12: adopted.
    public var isAdoption: Bool { rawValue == "E11" || rawValue == "E12" }
    /// E45–E48 (and historic E43, E44): special guardianship order.
    public var isSpecialGuardianship: Bool { ["E43", "E44", "E45", "E46", "E47", "E48"].contains(rawValue) }
    /// E41: residence or child arrangements order.
    public var isChildArrangementsOrder: Bool { rawValue == "E41" }
}

extension CareLeaverAccommodation {
    /// Second character 1: considered suitable. Nil when no information ("0" or not a known shape).
    public var isSuitable: Bool? {
        guard rawValue.count == 2 else { return nil }
        switch rawValue.last { case "1": return true; case "2": return false; default: return nil }
    }
}

extension CareLeaverActivity {
    /// F*/P*: in education, employment or training.
    public var isEET: Bool { rawValue.hasPrefix("F") || rawValue.hasPrefix("P") }
    /// G4–G6: not in education, employment or training.
    public var isNEET: Bool { rawValue.hasPrefix("G") }
}

extension InTouch {
    public var isInTouch: Bool { rawValue == "YES" }
}

extension ReviewParticipation {
    /// PN1–PN6: the child's views were conveyed. PN0 (under 4) is neither.
    public var participated: Bool? {
        switch rawValue {
        case "PN0": return nil
        case "PN7": return false
        default: return true
        }
    }
}

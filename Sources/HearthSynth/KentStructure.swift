import Hearth

/// The Kent-like organisation the synthetic county is built on: five areas, twelve districts,
/// the teams named in scorecard.md §8.1 and a fostering service. District referral weights are
/// the Jan 2017 CSWT caseloads (scorecard.md §8.4); grid references are approximate Ordnance
/// Survey centres of each town.
struct KentStructure: Sendable {
    struct Outward: Sendable {
        let code: String
        let easting: Int
        let northing: Int
        /// Index into `teams` of the district Children's Social Work Team serving this outward code.
        let cswt: Int
    }

    struct District: Sendable {
        let name: String
        let area: Int
        let weight: Double
        let cic: Int
        let disability: Int
        let outwards: [Outward]
    }

    /// Caseholding FTE per team at scale 1 (scorecard.md §5.2 ids 41–45: 527.2 caseholding FTE,
    /// 234.4 in CSWTs, 113.6 in CIC teams, 46.6 fostering social workers).
    struct TeamPlan: Sendable {
        let team: Team
        let caseholdingFTE: Double
    }

    let areas: [Area]
    let teams: [TeamPlan]
    let districts: [District]
    /// Out-of-county outward codes for placements (and a few home addresses).
    let outOfCounty: [Outward]

    let suasc: Int, adoption: Int, careLeavers: Int, fostering: Int

    static let kent: KentStructure = build()

    private static func build() -> KentStructure {
        let areas = [
            Area(id: "north", name: "North Kent"), Area(id: "east", name: "East Kent"),
            Area(id: "south", name: "South Kent"), Area(id: "west", name: "West Kent"),
            Area(id: "disability", name: "Disability Service"),
        ]
        var teams: [TeamPlan] = []
        func team(_ id: String, _ name: String, _ kind: TeamKind, _ area: String?, _ district: String?, _ fte: Double) -> Int {
            teams.append(TeamPlan(team: Team(id: TeamID(id), name: name, kind: kind, area: area.map { AreaID($0) }, district: district),
                                  caseholdingFTE: fte))
            return teams.count - 1
        }
        // CSWT FTE split pro rata to Jan 2017 caseloads (4,606 cases over 234.4 FTE).
        let cswtFTE = 234.4 / 4606
        let dar = team("T-DAR", "Dartford CSWT", .childrensSocialWork, "north", "Dartford", 209 * cswtFTE)
        let gra = team("T-GRA", "Gravesham CSWT", .childrensSocialWork, "north", "Gravesham", 355 * cswtFTE)
        let sev = team("T-SEV", "Sevenoaks CSWT", .childrensSocialWork, "north", "Sevenoaks", 235 * cswtFTE)
        let can = team("T-CAN", "Canterbury CSWT", .childrensSocialWork, "east", "Canterbury", 343 * cswtFTE)
        let swa = team("T-SWA", "Swale CSWT", .childrensSocialWork, "east", "Swale", 608 * cswtFTE)
        let tma = team("T-TMA", "Thanet Margate CSWT", .childrensSocialWork, "east", "Thanet", 376 * cswtFTE)
        let tra = team("T-TRA", "Thanet Ramsgate CSWT", .childrensSocialWork, "east", "Thanet", 261 * cswtFTE)
        let ash = team("T-ASH", "Ashford CSWT", .childrensSocialWork, "south", "Ashford", 436 * cswtFTE)
        let dov = team("T-DOV", "Dover CSWT", .childrensSocialWork, "south", "Dover", 462 * cswtFTE)
        let she = team("T-SHE", "Shepway CSWT", .childrensSocialWork, "south", "Folkestone and Hythe", 513 * cswtFTE)
        let mai = team("T-MAI", "Maidstone CSWT", .childrensSocialWork, "west", "Maidstone", 367 * cswtFTE)
        let wea = team("T-WEA", "The Weald CSWT", .childrensSocialWork, "west", "Tunbridge Wells", 441 * cswtFTE)
        // CIC FTE pro rata to Jan 2017 CIC-team caseloads (1,717 cases over 113.6 FTE).
        let cicFTE = 113.6 / 1717
        let ncic = team("T-NCIC", "North Kent CIC", .childrenInCare, "north", nil, 302 * cicFTE)
        let ecic = team("T-ECIC", "East Kent (Can/Swa) CIC", .childrenInCare, "east", nil, 365 * cicFTE)
        let tcic = team("T-TCIC", "East Kent (Tha) CIC", .childrenInCare, "east", nil, 293 * cicFTE)
        let scic = team("T-SCIC", "South Kent CIC", .childrenInCare, "south", nil, 373 * cicFTE)
        let wcic = team("T-WCIC", "West Kent CIC", .childrenInCare, "west", nil, 384 * cicFTE)
        let dek = team("T-DEK", "Disability EK", .disability, "disability", nil, 36)
        let dwk = team("T-DWK", "Disability WK", .disability, "disability", nil, 34)
        let suasc = team("T-SUASC", "SUASC Service", .uascService, nil, nil, 22)
        let adoption = team("T-ADSG", "Adoption & SG", .adoption, nil, nil, 12)
        let careLeavers = team("T-CLS", "Care Leaver Service (18+)", .careLeavers, nil, nil, 75)
        // Fostering social workers supervise households, not children: not caseholding posts.
        let fostering = team("T-FOST", "Fostering Service", .fostering, nil, nil, 46.6)

        func o(_ code: String, _ e: Int, _ n: Int, _ t: Int) -> Outward { Outward(code: code, easting: e, northing: n, cswt: t) }
        let districts = [
            District(name: "Dartford", area: 0, weight: 209, cic: ncic, disability: dwk,
                     outwards: [o("DA1", 554000, 174200, dar), o("DA2", 557000, 172800, dar), o("DA9", 559500, 175000, dar)]),
            District(name: "Gravesham", area: 0, weight: 355, cic: ncic, disability: dwk,
                     outwards: [o("DA11", 564000, 173500, gra), o("DA12", 566000, 172500, gra), o("DA13", 563500, 168000, gra)]),
            District(name: "Sevenoaks", area: 0, weight: 235, cic: ncic, disability: dwk,
                     outwards: [o("TN13", 552800, 155300, sev), o("TN14", 550500, 158500, sev), o("BR8", 551000, 168500, sev)]),
            District(name: "Canterbury", area: 1, weight: 343, cic: ecic, disability: dek,
                     outwards: [o("CT1", 615000, 157800, can), o("CT2", 613500, 159500, can), o("CT6", 618000, 168000, can)]),
            District(name: "Swale", area: 1, weight: 608, cic: ecic, disability: dek,
                     outwards: [o("ME10", 590500, 163800, swa), o("ME12", 592000, 174500, swa), o("ME13", 601500, 161000, swa)]),
            District(name: "Thanet", area: 1, weight: 637, cic: tcic, disability: dek,
                     outwards: [o("CT9", 635000, 170600, tma), o("CT8", 632000, 169500, tma),
                                o("CT10", 639500, 168000, tma), o("CT11", 638000, 165000, tra), o("CT12", 634500, 166000, tra)]),
            District(name: "Ashford", area: 2, weight: 436, cic: scic, disability: dek,
                     outwards: [o("TN23", 600500, 141500, ash), o("TN24", 602500, 143500, ash), o("TN25", 606000, 144000, ash)]),
            District(name: "Dover", area: 2, weight: 462, cic: scic, disability: dek,
                     outwards: [o("CT16", 631900, 142500, dov), o("CT17", 630500, 141000, dov), o("CT14", 637500, 152500, dov)]),
            District(name: "Folkestone and Hythe", area: 2, weight: 513, cic: scic, disability: dek,
                     outwards: [o("CT19", 622500, 137000, she), o("CT20", 622000, 135800, she), o("CT21", 616000, 134800, she)]),
            District(name: "Maidstone", area: 3, weight: 367, cic: wcic, disability: dwk,
                     outwards: [o("ME14", 577000, 156500, mai), o("ME15", 577500, 153500, mai), o("ME16", 574000, 155500, mai)]),
            District(name: "Tunbridge Wells", area: 3, weight: 220, cic: wcic, disability: dwk,
                     outwards: [o("TN1", 558500, 139500, wea), o("TN2", 560000, 140500, wea), o("TN4", 557500, 141500, wea)]),
            District(name: "Tonbridge and Malling", area: 3, weight: 221, cic: wcic, disability: dwk,
                     outwards: [o("TN9", 559000, 146000, wea), o("TN10", 559500, 147800, wea), o("ME19", 568000, 157000, wea)]),
        ]
        let outOfCounty = [
            o("ME4", 576000, 167000, -1), o("ME7", 578000, 168000, -1), o("SE9", 543000, 174000, -1),
            o("BR1", 540500, 169500, -1), o("CR0", 532500, 166000, -1), o("RH10", 527500, 137000, -1),
            o("BN1", 531000, 105500, -1), o("TN34", 581500, 110000, -1), o("SS14", 572000, 189000, -1),
            o("RM17", 561000, 178000, -1), o("B1", 406800, 286900, -1), o("NR1", 623000, 308000, -1),
        ]
        return KentStructure(areas: areas, teams: teams, districts: districts, outOfCounty: outOfCounty,
                             suasc: suasc, adoption: adoption, careLeavers: careLeavers, fostering: fostering)
    }
}

import Hearth

/// One 903 episode row, read and typed, with where it came from.
struct EpisodeRow {
    var decom: Day
    var rne: ReasonForNewEpisode?
    var ls: LegalStatus?
    var cin: NeedCode?
    var place: PlacementType?
    var provider: PlacementProvider?
    var dec: Day?
    var rec: ReasonEpisodeCeased?
    var reasonPlaceChange: ReasonForPlacementChange?
    var homePost: String
    var plPost: String
    var urn: String
    /// Index of the return in the stitched set (later returns are higher) and the row in its table.
    var returnIndex: Int
    var table: TableRef
    var row: Int
    /// 31 March of the return's year, for the "close at 31 March" stitching rule.
    var yearEnd: Day?

    /// The placement as the 903 describes it, for spotting a change without an RNE saying so.
    var placementKey: [String] {
        [place?.rawValue ?? "", provider?.rawValue ?? "", plPost, urn, homePost]
    }
    var sameContent: [String] {
        placementKey + [decom.iso, rne?.rawValue ?? "", ls?.rawValue ?? "", cin?.rawValue ?? "", dec?.iso ?? "",
                        rec?.rawValue ?? "", reasonPlaceChange?.rawValue ?? ""]
    }
}

/// Where a model element came from, so an invariant broken after mapping is reported against
/// the file and line that caused it. Keys are model paths (`periodsOfCare[1].placements[0]`)
/// held as small structs, so recording one costs no string building.
struct SourceIndex {
    struct Key: Hashable {
        var name: String
        var i: Int
        var sub: String = ""
        var j: Int = -1
    }
    var locations: [Key: (TableRef, Int)] = [:]

    mutating func record(_ key: Key, _ table: TableRef, _ row: Int) {
        if locations[key] == nil { locations[key] = (table, row) }
    }

    /// The location of the most specific recorded prefix of a violation path.
    func locate(_ path: String) -> (TableRef, Int)? {
        // Split `a[1].b[2].c` into (name, index) pairs.
        var parts: [(String, Int)] = []
        for seg in path.split(separator: ".") {
            guard let open = seg.firstIndex(of: "["), let close = seg.firstIndex(of: "]"), let n = Int(seg[seg.index(after: open)..<close]) else { break }
            parts.append((String(seg[..<open]), n))
        }
        if parts.count >= 2, let l = locations[Key(name: parts[0].0, i: parts[0].1, sub: parts[1].0, j: parts[1].1)] { return l }
        if let p = parts.first, let l = locations[Key(name: p.0, i: p.1)] { return l }
        return locations[Key(name: "", i: -1)]
    }
}

/// Rebuilds periods of care from a child's stitched episodes (returns.md §2.5).
///
/// Rules, in order (docs/returns.md lists them with their severities):
/// 1. Episodes are taken in DECOM order (ties in file order).
/// 2. An episode with no DEC followed by a later one is closed at the next DECOM with REC X1
///    (warning); if the next one is RNE S the child left care in between, so it is closed at
///    the 31 March of its return (or the next DECOM, if earlier) with REC E8 (warning).
/// 3. An episode whose DEC runs past the next DECOM is truncated there (warning).
/// 4. REC X1 joins an episode to the next one, which must start on the same day (else error).
///    Any other REC ends the period of care; the next episode starts a new one.
/// 5. A legal-status span starts wherever LS changes. A placement span starts at RNE P, T, U or B,
///    or wherever the placement's type, provider, postcodes or URN change (a warning when the RNE
///    said L). RNE T and U keep the carer; P and B (and an undeclared change) mean a new carer.
/// 6. The child's first episode may carry another RNE than S: the period then began before the
///    records held, and `continuesEarlierCare` keeps that RNE so the episode writes back unchanged.
struct EpisodeChainer {
    var child: String
    var fields: FieldReader
    var source: SourceIndex

    mutating func periods(from input: [EpisodeRow]) -> [PeriodOfCare] {
        var eps = input
        // 1. Order.
        eps.sort { ($0.decom, $0.returnIndex, $0.row) < ($1.decom, $1.returnIndex, $1.row) }
        // 2–3. Close open episodes and truncate overlaps.
        for i in eps.indices.dropLast() {
            let next = eps[i + 1]
            if eps[i].dec == nil {
                if next.rne == .s {
                    var close = next.decom
                    if let ye = eps[i].yearEnd, ye < close, ye >= eps[i].decom { close = ye }
                    fields.warning(eps[i].table, eps[i].row, "DEC", "",
                                   "open episode followed by a new period of care on \(next.decom.ukFormat); closed on \(close.ukFormat) with REC E8")
                    eps[i].dec = close
                    eps[i].rec = .e8
                } else {
                    fields.warning(eps[i].table, eps[i].row, "DEC", "",
                                   "open episode followed by another starting \(next.decom.ukFormat); closed then with REC X1")
                    eps[i].dec = next.decom
                    eps[i].rec = .x1
                }
            } else if let dec = eps[i].dec, dec > next.decom {
                fields.warning(eps[i].table, eps[i].row, "DEC", dec.ukFormat,
                               "overlaps the next episode, which starts \(next.decom.ukFormat); truncated there")
                eps[i].dec = next.decom
            }
        }
        // 4. Chain.
        var chains: [[EpisodeRow]] = []
        for (i, e) in eps.enumerated() {
            if let dec = e.dec, dec < e.decom {
                fields.error(e.table, e.row, "DEC", dec.ukFormat, "the episode ends before it starts (DECOM \(e.decom.ukFormat))")
            }
            if i == 0 { chains.append([e]); continue }
            let prev = eps[i - 1]
            if prev.rec == .x1 {
                if prev.dec != e.decom {
                    fields.error(prev.table, prev.row, "REC", "X1",
                                 "REC X1 says care continues, but the next episode starts \(e.decom.ukFormat), not on DEC \(prev.dec?.ukFormat ?? "")")
                    chains.append([e])
                } else {
                    if e.rne == .s {
                        fields.warning(e.table, e.row, "RNE", "S", "RNE S after an episode ending X1 the same day; read as a continuation")
                    }
                    chains[chains.count - 1].append(e)
                }
            } else {
                if prev.dec != nil && prev.rec == nil {
                    fields.error(prev.table, prev.row, "REC", "", "the episode has a DEC but no reason it ceased")
                }
                if e.rne != .s {
                    fields.warning(e.table, e.row, "RNE", e.rne?.rawValue ?? "",
                                   "a new period of care after one that ended should start with RNE S")
                }
                chains.append([e])
            }
        }
        if let last = eps.last {
            if last.dec != nil && last.rec == .x1 {
                fields.error(last.table, last.row, "REC", "X1", "REC X1 says care continues, but no episode starts on \(last.dec!.ukFormat)")
            } else if last.dec != nil && last.rec == nil {
                fields.error(last.table, last.row, "REC", "", "the episode has a DEC but no reason it ceased")
            }
        }
        for e in eps where e.dec == nil && e.rec != nil && e.rec != .x1 {
            fields.warning(e.table, e.row, "REC", e.rec!.rawValue, "a reason ceased on an episode with no DEC; ignored")
        }
        return chains.enumerated().map { period(from: $0.element, index: $0.offset, isFirst: $0.offset == 0) }
    }

    private mutating func period(from eps: [EpisodeRow], index: Int, isFirst: Bool) -> PeriodOfCare {
        let first = eps[0], last = eps[eps.count - 1]
        source.record(.init(name: "periodsOfCare", i: index), first.table, first.row)
        let ended = last.dec != nil && last.rec != nil && last.rec != .x1
        var p = PeriodOfCare(id: "\(child)-\(first.decom.iso)",
                             span: DaySpan(start: first.decom, end: ended ? last.dec : nil),
                             reasonEnded: ended ? last.rec : nil,
                             categoryOfNeed: first.cin ?? .n0)
        if isFirst, let rne = first.rne, rne != .s, ["L", "P", "T", "U", "B"].contains(rne.rawValue) {
            p.continuesEarlierCare = rne
        }
        var carer: CarerID?
        for (k, e) in eps.enumerated() {
            let spanEnd = k + 1 < eps.count ? eps[k + 1].decom : p.span.end
            // Legal status.
            if let ls = e.ls, k == 0 || p.legalStatuses.last?.status != ls {
                if !p.legalStatuses.isEmpty { p.legalStatuses[p.legalStatuses.count - 1].span.end = e.decom }
                source.record(.init(name: "periodsOfCare", i: index, sub: "legalStatuses", j: p.legalStatuses.count), e.table, e.row)
                p.legalStatuses.append(LegalStatusSpan(span: DaySpan(start: e.decom, end: spanEnd), status: ls))
            } else if !p.legalStatuses.isEmpty {
                p.legalStatuses[p.legalStatuses.count - 1].span.end = spanEnd
            }
            // Placement.
            let declared = ["P", "T", "U", "B"].contains(e.rne?.rawValue ?? "")
            let changed = k > 0 && e.placementKey != eps[k - 1].placementKey
            if let place = e.place, k == 0 || declared || changed || p.placements.isEmpty {
                if k > 0 && changed && !declared {
                    fields.warning(e.table, e.row, "RNE", e.rne?.rawValue ?? "",
                                   "the placement changed but RNE does not say so; read as a new placement with a new carer")
                }
                let sameCarer = k > 0 && declared && (e.rne == .t || e.rne == .u)
                if !sameCarer || carer == nil {
                    let key = Self.carerKey(e, child: child)
                    carer = (key == carer) ? CarerID("\(key.rawValue)#\(e.decom.iso)") : key
                }
                if !p.placements.isEmpty { p.placements[p.placements.count - 1].span.end = e.decom }
                source.record(.init(name: "periodsOfCare", i: index, sub: "placements", j: p.placements.count), e.table, e.row)
                p.placements.append(PlacementSpan(span: DaySpan(start: e.decom, end: spanEnd), type: place,
                                                  provider: e.provider, carer: carer,
                                                  urn: e.urn.isEmpty ? nil : e.urn,
                                                  postcode: e.plPost.isEmpty ? nil : e.plPost,
                                                  homePostcode: e.homePost.isEmpty ? nil : e.homePost))
            } else if !p.placements.isEmpty {
                p.placements[p.placements.count - 1].span.end = spanEnd
            }
            // The reason for a placement change sits on the last episode of that placement.
            if let r = e.reasonPlaceChange, !p.placements.isEmpty {
                p.placements[p.placements.count - 1].reasonForChange = r
            }
        }
        // A reason on a placement that did not end with a move (the care ended, or the episode
        // was followed only by a legal-status change) stays with that placement as recorded.
        return p
    }

    /// A stable identity for the carer of a placement: the provider's URN and the placement
    /// postcode, else the placement type and postcode, else the child and start date. Children
    /// placed with the same URN and postcode share a carer.
    static func carerKey(_ e: EpisodeRow, child: String) -> CarerID {
        let post = GridReference.normalise(e.plPost)
        if !e.urn.isEmpty { return CarerID("903:\(e.urn):\(post)") }
        if !post.isEmpty { return CarerID("903:\(e.place?.rawValue ?? ""):\(post)") }
        return CarerID("903:\(child):\(e.decom.iso)")
    }
}

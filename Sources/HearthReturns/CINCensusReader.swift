import Foundation
import Hearth

/// Reads a children in need census XML into the case model, with a finding for every problem:
/// errors for malformed XML, unreadable dates and missing required elements; warnings for codes
/// not on their list for the census year and for elements we do not know.
///
/// GenderCurrent 1/2 become M/F; 0 (not recorded) and 9 (indeterminate) become U. Disability
/// NONE means no disabilities. Identifiers the census does not carry are derived from the child
/// and the dates (`<child>-CIN-<referral date>` and so on) so the same file always gives the same ids.
public enum CINCensusReader {
    public static func read(file path: String) throws -> (County, [ImportFinding]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SSDA903Reader.ReadError(description: "cannot read \(path)")
        }
        return read([UInt8](data), file: URL(fileURLWithPath: path).lastPathComponent)
    }

    public static func read(_ bytes: [UInt8], file: String) -> (County, [ImportFinding]) {
        var findings: [ImportFinding] = []
        if !XMLStreamReader.declaresLatin1(bytes), let bad = XMLStreamReader.firstInvalidUTF8(bytes) {
            findings.append(ImportFinding(.error, file: file, line: bad.line, value: "byte \(bad.offset)",
                                          message: "not valid UTF-8 text (is the file saved as Windows-1252?); save it as UTF-8 or declare its encoding"))
        }
        var referenceDate: Day?
        var lea = ""
        var raw: [XMLElement] = []
        do {
            let root = try XMLStreamReader(capture: ["Message/Children/Child"]).read(bytes, onOther: { path, el in
                switch path {
                case "Message/Header/CollectionDetails/ReferenceDate":
                    referenceDate = Day(iso: el.text)
                    if referenceDate == nil {
                        findings.append(ImportFinding(.error, file: file, line: el.line, path: path, column: el.name, value: el.text,
                                                      message: "not a yyyy-mm-dd date"))
                    }
                case "Message/Header/Source/LEA": lea = el.text
                default: break
                }
            }) { _, child in raw.append(child) }
            if root != "Message" {
                findings.append(ImportFinding(.error, file: file, line: 1, path: root, column: root, value: root, message: "the root element must be Message"))
            }
        } catch let e as XMLSyntaxError {
            findings.append(ImportFinding(.error, file: file, line: e.line, path: e.path, column: e.element, message: e.message))
        } catch {
            findings.append(ImportFinding(.error, file: file, message: "\(error)"))
        }
        if referenceDate == nil && !findings.hasErrors {
            findings.append(ImportFinding(.error, file: file, path: "Message/Header/CollectionDetails", column: "ReferenceDate",
                                          message: "the census has no ReferenceDate"))
        }
        let year = referenceDate.map { CollectionYear(containing: $0) }
        var children: [ChildRecord] = []
        var seen: [String: Int] = [:]
        for (i, el) in raw.enumerated() {
            var m = CINChildMapper(file: file, path: "Message/Children/Child[\(i + 1)]", year: year)
            let child = m.map(el)
            findings += m.findings
            if let first = seen[child.id.rawValue] {
                findings.append(ImportFinding(.error, file: file, line: el.line, path: m.path, column: "LAchildID", value: child.id.rawValue,
                                              message: "duplicate child: already on line \(first)"))
                continue
            }
            seen[child.id.rawValue] = el.line
            if !m.findings.hasErrors {
                for v in child.violations() {
                    findings.append(ImportFinding(.error, file: file, line: el.line, path: m.path, column: v.field, value: v.value,
                                                  message: "\(v.message) (child \(child.id), \(v.path))"))
                }
            }
            children.append(child)
        }
        let county = County(councilCode: lea.isEmpty ? "000" : lea, name: "Imported from the CIN census",
                            extractDate: referenceDate ?? Day(2000, 1, 1), children: children)
        return (county, findings)
    }
}

/// Maps one `Child` element.
struct CINChildMapper {
    let file: String
    let path: String
    let year: CollectionYear?
    var findings: [ImportFinding] = []

    init(file: String, path: String, year: CollectionYear?) { self.file = file; self.path = path; self.year = year }

    mutating func finding(_ s: ImportFinding.Severity, _ el: XMLElement, _ p: String, _ column: String, _ value: String, _ message: String) {
        findings.append(ImportFinding(s, file: file, line: el.line, path: p, column: column, value: value, message: message))
    }

    mutating func date(_ el: XMLElement, _ p: String, _ name: String, required: Bool = false) -> Day? {
        guard let c = el.child(name), !c.text.isEmpty else {
            if required { finding(.error, el, p, name, "", "required, but missing") }
            return nil
        }
        if let d = Day(iso: c.text) { return d }
        finding(.error, c, p, name, c.text, "not a yyyy-mm-dd date")
        return nil
    }

    mutating func code<C: Code>(_ el: XMLElement, _ p: String, _ name: String, _ type: C.Type, required: Bool = false) -> C? {
        let v = el.text(of: name)
        if v.isEmpty {
            if required { finding(.error, el, p, name, "", "required, but missing") }
            return nil
        }
        let c = C(rawValue: v)
        if let year, !c.isValid(in: year) {
            finding(.warning, el.child(name) ?? el, p, name, v,
                    C.codeList.description(of: v) != nil ? "not a valid \(name) code in \(year.label)" : "not a \(name) code on the DfE list")
        }
        return c
    }

    mutating func bool(_ el: XMLElement, _ p: String, _ name: String) -> Bool {
        switch el.text(of: name).lowercased() {
        case "", "false", "0", "n", "no": return false
        case "true", "1", "y", "yes": return true
        default:
            finding(.error, el.child(name)!, p, name, el.text(of: name), "must be true or false")
            return false
        }
    }

    mutating func map(_ el: XMLElement) -> ChildRecord {
        let ids = el.child("ChildIdentifiers") ?? XMLElement(name: "ChildIdentifiers", line: el.line)
        let ip = path + "/ChildIdentifiers"
        let id = ids.text(of: "LAchildID")
        if id.isEmpty { finding(.error, ids, ip, "LAchildID", "", "required, but missing") }
        var child = ChildRecord(id: ChildID(id))
        child.upn = ids.text(of: "UPN").isEmpty ? nil : ids.text(of: "UPN")
        child.formerUPN = ids.text(of: "FormerUPN").isEmpty ? nil : ids.text(of: "FormerUPN")
        child.upnUnknown = code(ids, ip, "UPNunknown", UPNUnknownReason.self)
        child.dateOfBirth = date(ids, ip, "PersonBirthDate")
        child.expectedDateOfBirth = date(ids, ip, "ExpectedPersonBirthDate")
        child.dateOfDeath = date(ids, ip, "PersonDeathDate")
        let gender = ids.text(of: "GenderCurrent"), sex = ids.text(of: "Sex")
        switch (gender, sex) {
        case ("1", _): child.sex = [SexRecord(.m)]
        case ("2", _): child.sex = [SexRecord(.f)]
        case ("0", _), ("9", _): child.sex = [SexRecord(.u)]
        case ("", "M"), ("", "F"), ("", "U"): child.sex = [SexRecord(Sex(rawValue: sex))]
        case ("", ""): break
        default:
            let bad = gender.isEmpty ? "Sex" : "GenderCurrent"
            finding(.warning, ids.child(bad) ?? ids, ip, bad, gender.isEmpty ? sex : gender, "not a sex code (1, 2, 0, 9 or M, F, U)")
        }
        let ch = el.child("ChildCharacteristics") ?? XMLElement(name: "ChildCharacteristics", line: el.line)
        let cp = path + "/ChildCharacteristics"
        child.ethnicity = code(ch, cp, "Ethnicity", Ethnicity.self) ?? .nobt
        if let dis = ch.child("Disabilities") {
            child.disabilities = dis.children("Disability").compactMap { d in
                d.text == "NONE" ? nil : code(XMLElement(name: "Disabilities", children: [d], line: d.line), cp + "/Disabilities", "Disability", Disability.self)
            }
        }
        for (k, e) in el.children("CINdetails").enumerated() {
            if let episode = mapEpisode(e, path: "\(path)/CINdetails[\(k + 1)]", child: id) { child.childInNeedEpisodes.append(episode) }
        }
        child.childInNeedEpisodes.sort { $0.referralDate < $1.referralDate }
        return child
    }

    mutating func mapEpisode(_ e: XMLElement, path p: String, child: String) -> ChildInNeedEpisode? {
        guard let referral = date(e, p, "CINreferralDate", required: true) else { return nil }
        let source = code(e, p, "ReferralSource", ReferralSource.self, required: true) ?? ReferralSource(rawValue: "")
        let need = code(e, p, "PrimaryNeedCode", NeedCode.self, required: true) ?? .n0
        var ep = ChildInNeedEpisode(id: "\(child)-CIN-\(referral.iso)", referralDate: referral, referralSource: source,
                                    referralNFA: bool(e, p, "ReferralNFA"), primaryNeed: need,
                                    closureDate: date(e, p, "CINclosureDate"),
                                    closureReason: code(e, p, "ReasonForClosure", ReasonForClosure.self))
        for (k, a) in e.children("Assessments").enumerated() {
            let ap = "\(p)/Assessments[\(k + 1)]"
            guard let start = date(a, ap, "AssessmentActualStartDate", required: true) else { continue }
            let factors = (a.child("FactorsIdentifiedAtAssessment")?.children("AssessmentFactors") ?? []).compactMap { f in
                code(XMLElement(name: "FactorsIdentifiedAtAssessment", children: [f], line: f.line), ap, "AssessmentFactors", AssessmentFactor.self)
            }
            ep.assessments.append(Assessment(id: "\(child)-A-\(start.iso)-\(k)", startDate: start,
                                             authorisationDate: date(a, ap, "AssessmentAuthorisationDate"),
                                             internalReviewDate: date(a, ap, "AssessmentInternalReviewDate"), factors: factors))
        }
        for (k, pl) in e.children("CINPlanDates").enumerated() {
            let pp = "\(p)/CINPlanDates[\(k + 1)]"
            guard let start = date(pl, pp, "CINPlanStartDate", required: true) else { continue }
            ep.childInNeedPlans.append(ChildInNeedPlan(span: DaySpan(start: start, end: date(pl, pp, "CINPlanEndDate"))))
        }
        for (k, s) in e.children("Section47").enumerated() {
            let sp = "\(p)/Section47[\(k + 1)]"
            guard let start = date(s, sp, "S47ActualStartDate", required: true) else { continue }
            ep.section47Enquiries.append(Section47Enquiry(id: "\(child)-S47-\(start.iso)-\(k)", startDate: start,
                                                          conferenceTargetDate: date(s, sp, "InitialCPCtarget"),
                                                          conferenceDate: date(s, sp, "DateOfInitialCPC"),
                                                          conferenceNotRequired: bool(s, sp, "ICPCnotRequired")))
        }
        for (k, c) in e.children("ChildProtectionPlans").enumerated() {
            let cp = "\(p)/ChildProtectionPlans[\(k + 1)]"
            guard let start = date(c, cp, "CPPstartDate", required: true) else { continue }
            let initial = code(c, cp, "InitialCategoryOfAbuse", CategoryOfAbuse.self, required: true) ?? CategoryOfAbuse(rawValue: "")
            let previous = c.text(of: "NumberOfPreviousCPP")
            if !previous.isEmpty && Int(previous) == nil { finding(.error, c, cp, "NumberOfPreviousCPP", previous, "not a whole number") }
            var reviews: [Day] = []
            for r in c.child("Reviews")?.children("CPPreviewDate") ?? [] {
                if let d = Day(iso: r.text) { reviews.append(d) } else { finding(.error, r, cp + "/Reviews", "CPPreviewDate", r.text, "not a yyyy-mm-dd date") }
            }
            ep.protectionPlans.append(ChildProtectionPlan(id: "\(child)-CPP-\(start.iso)-\(k)", span: DaySpan(start: start, end: date(c, cp, "CPPendDate")),
                                                          initialCategory: initial,
                                                          latestCategory: code(c, cp, "LatestCategoryOfAbuse", CategoryOfAbuse.self),
                                                          numberOfPreviousPlans: Int(previous), reviews: reviews.sorted()))
        }
        return ep
    }
}

import Foundation
import Hearth

/// Writes the children in need census XML (returns.md §3) for a census year, ISO dates.
///
/// Who and what is written: children with a CIN episode open at some time in the year; within an
/// episode, the assessments, CIN plans and child protection plans current at some time in the year,
/// and the section 47 enquiries that started in the year or were still awaiting a conference.
/// Dates after the reference date (31 March) are left out, as they were unknown then. Sex is
/// GenderCurrent 1/2/0 before 2024/25 and Sex M/F/U from it. DateOfInitialCPC on CINdetails is the
/// earliest conference among the episode's section 47 enquiries. A child with no disability is
/// written with Disability NONE.
public enum CINCensusWriter {
    public static func xml(_ county: County, year: CollectionYear, generated: String = "2000-01-01T00:00:00") -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var depth = 0
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        func open(_ name: String) { put(String(repeating: "  ", count: depth) + "<\(name)>\n"); depth += 1 }
        func close(_ name: String) { depth -= 1; put(String(repeating: "  ", count: depth) + "</\(name)>\n") }
        func leaf(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            put(String(repeating: "  ", count: depth) + "<\(name)>")
            SSDA903Writer.escape(value, into: &out)
            put("</\(name)>\n")
        }
        func date(_ d: Day?) -> String? { d.flatMap { $0 <= year.end ? $0.iso : nil } }
        func overlaps(_ start: Day, _ end: Day?) -> Bool { start <= year.end && (end.map { $0 >= year.start } ?? true) }
        func bool(_ b: Bool) -> String { b ? "true" : "false" }

        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        open("Message")
        open("Header")
        open("CollectionDetails")
        leaf("Collection", "CIN"); leaf("Year", String(year.startYear)); leaf("ReferenceDate", year.end.iso)
        close("CollectionDetails")
        open("Source")
        leaf("SourceLevel", "L"); leaf("LEA", county.councilCode); leaf("SoftwareCode", "Hearth")
        leaf("Release", "1"); leaf("SerialNo", "001"); leaf("DateTime", generated)
        close("Source")
        close("Header")
        open("Children")
        for child in county.children {
            let episodes = child.childInNeedEpisodes.filter { overlaps($0.referralDate, $0.closureDate) }
            guard !episodes.isEmpty else { continue }
            open("Child")
            open("ChildIdentifiers")
            leaf("LAchildID", child.id.rawValue)
            leaf("UPN", child.upn); leaf("FormerUPN", child.formerUPN); leaf("UPNunknown", child.upnUnknown?.rawValue)
            leaf("PersonBirthDate", date(child.dateOfBirth)); leaf("ExpectedPersonBirthDate", child.expectedDateOfBirth?.iso)
            if year.startYear < 2024 {
                leaf("GenderCurrent", child.sex(on: year.end).map { $0.legacy?.rawValue ?? "0" } ?? "0")
            } else {
                leaf("Sex", child.sex(on: year.end)?.modern.rawValue ?? "U")
            }
            leaf("PersonDeathDate", date(child.dateOfDeath))
            close("ChildIdentifiers")
            open("ChildCharacteristics")
            leaf("Ethnicity", child.ethnicity.rawValue)
            open("Disabilities")
            if child.disabilities.isEmpty { leaf("Disability", "NONE") }
            for d in child.disabilities { leaf("Disability", d.rawValue) }
            close("Disabilities")
            close("ChildCharacteristics")
            for e in episodes {
                open("CINdetails")
                leaf("CINreferralDate", e.referralDate.iso)
                leaf("ReferralSource", e.referralSource.rawValue)
                leaf("PrimaryNeedCode", e.primaryNeed.rawValue)
                let closed = date(e.closureDate)
                leaf("CINclosureDate", closed)
                leaf("ReasonForClosure", closed == nil ? nil : e.closureReason?.rawValue)
                let s47s = e.section47Enquiries.filter {
                    $0.startDate <= year.end && ($0.startDate >= year.start || ($0.conferenceDate.map { $0 >= year.start } ?? !$0.conferenceNotRequired))
                }
                leaf("DateOfInitialCPC", s47s.compactMap { date($0.conferenceDate) }.min())
                for a in e.assessments where overlaps(a.startDate, a.authorisationDate) {
                    open("Assessments")
                    leaf("AssessmentActualStartDate", a.startDate.iso)
                    leaf("AssessmentInternalReviewDate", date(a.internalReviewDate))
                    leaf("AssessmentAuthorisationDate", date(a.authorisationDate))
                    if !a.factors.isEmpty && date(a.authorisationDate) != nil {
                        open("FactorsIdentifiedAtAssessment")
                        for f in a.factors { leaf("AssessmentFactors", f.rawValue) }
                        close("FactorsIdentifiedAtAssessment")
                    }
                    close("Assessments")
                }
                for p in e.childInNeedPlans where overlaps(p.span.start, p.span.end) {
                    open("CINPlanDates")
                    leaf("CINPlanStartDate", p.span.start.iso)
                    leaf("CINPlanEndDate", date(p.span.end))
                    close("CINPlanDates")
                }
                for s in s47s {
                    open("Section47")
                    leaf("S47ActualStartDate", s.startDate.iso)
                    leaf("InitialCPCtarget", s.conferenceTargetDate?.iso)
                    leaf("DateOfInitialCPC", date(s.conferenceDate))
                    leaf("ICPCnotRequired", bool(s.conferenceNotRequired))
                    close("Section47")
                }
                leaf("ReferralNFA", bool(e.referralNFA))
                for p in e.protectionPlans where overlaps(p.span.start, p.span.end) {
                    open("ChildProtectionPlans")
                    leaf("CPPstartDate", p.span.start.iso)
                    leaf("CPPendDate", date(p.span.end))
                    leaf("InitialCategoryOfAbuse", p.initialCategory.rawValue)
                    leaf("LatestCategoryOfAbuse", p.latestCategory.rawValue)
                    leaf("NumberOfPreviousCPP", p.numberOfPreviousPlans.map(String.init))
                    let reviews = p.reviews.filter { $0 <= year.end }
                    if !reviews.isEmpty {
                        open("Reviews")
                        for r in reviews { leaf("CPPreviewDate", r.iso) }
                        close("Reviews")
                    }
                    close("ChildProtectionPlans")
                }
                close("CINdetails")
            }
            close("Child")
        }
        close("Children")
        close("Message")
        return out
    }
}
